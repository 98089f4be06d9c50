// alicloudvpn-codegen runs Pulumi's own code generators (pkg/v3 codegen, at the CLI's version) for this
// repository's `make codegen` and for the Node language host's GeneratePackage, GenerateProgram and
// GenerateProject, so SDKs, `pulumi import` programs and `pulumi convert` projects are Pulumi's output.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  alicloudvpn-codegen sdk --language nodejs|python|go --schema FILE --out DIR
  alicloudvpn-codegen generate-package  < request.json   (the language host's GeneratePackage)
  alicloudvpn-codegen generate-program  < request.json   (GenerateProgram; writes the files as JSON)
  alicloudvpn-codegen generate-project  < request.json   (GenerateProject)
Requests and answers are JSON; an answer carries the generator's diagnostics.`

func main() {
	if len(os.Args) < 2 {
		fail(fmt.Errorf("%s", usage))
	}
	var err error
	switch os.Args[1] {
	case "sdk":
		err = runSdk(os.Args[2:])
	case "generate-package":
		err = answer(generatePackage)
	case "generate-program":
		err = answer(generateProgram)
	case "generate-project":
		err = answer(generateProject)
	case "-h", "--help", "help":
		fmt.Println(usage)
		return
	default:
		err = fmt.Errorf("unknown command %q\n%s", os.Args[1], usage)
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "alicloudvpn-codegen: %v\n", err)
	os.Exit(1)
}

// answer decodes the request on stdin into Req, runs the handler and writes its answer to stdout as JSON.
func answer[Req any, Res any](handler func(Req) (Res, error)) error {
	raw, err := io.ReadAll(os.Stdin)
	if err != nil {
		return fmt.Errorf("reading the request: %w", err)
	}
	var req Req
	if err := json.Unmarshal(raw, &req); err != nil {
		return fmt.Errorf("decoding the request: %w", err)
	}
	res, err := handler(req)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}
