package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/pulumi/pulumi/pkg/v3/codegen/hcl2/syntax"
	"github.com/pulumi/pulumi/pkg/v3/codegen/pcl"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
	"github.com/pulumi/pulumi/sdk/v3/go/common/workspace"
)

// The requests mirror the language host protocol's GeneratePackage/Program/Project requests
// (proto/pulumi/language.proto); byte fields travel as base64, as encoding/json writes []byte.

type diagnostic struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail,omitempty"`
	Filename string `json:"filename,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
}

type packageRequest struct {
	Language          string            `json:"language"`
	Directory         string            `json:"directory"`
	Schema            string            `json:"schema"`
	ExtraFiles        map[string][]byte `json:"extraFiles"`
	LoaderTarget      string            `json:"loaderTarget"`
	LocalDependencies map[string]string `json:"localDependencies"`
	Local             bool              `json:"local"`
}

type programRequest struct {
	Language     string            `json:"language"`
	Source       map[string]string `json:"source"`
	LoaderTarget string            `json:"loaderTarget"`
	Strict       bool              `json:"strict"`
}

type projectRequest struct {
	Language          string            `json:"language"`
	SourceDirectory   string            `json:"sourceDirectory"`
	TargetDirectory   string            `json:"targetDirectory"`
	Project           string            `json:"project"`
	Strict            bool              `json:"strict"`
	LoaderTarget      string            `json:"loaderTarget"`
	LocalDependencies map[string]string `json:"localDependencies"`
}

type diagnosticsAnswer struct {
	Diagnostics []diagnostic `json:"diagnostics"`
}

type programAnswer struct {
	Files       map[string]string `json:"files"`
	Diagnostics []diagnostic      `json:"diagnostics"`
}

func loaderFor(target string) (schema.ReferenceLoader, func(), error) {
	if target == "" {
		return offlineLoader{}, func() {}, nil
	}
	client, err := schema.NewLoaderClient(target)
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to the engine's schema loader: %w", err)
	}
	return schema.NewCachedLoader(client), func() { _ = client.Close() }, nil
}

func generatePackage(req packageRequest) (diagnosticsAnswer, error) {
	lang, err := languageOf(req.Language)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	loader, done, err := loaderFor(req.LoaderTarget)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	defer done()
	pkg, err := bindSchema([]byte(req.Schema), loader)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	files, err := languages[lang].pkg(pkg, req.ExtraFiles, req.LocalDependencies, req.Local, loader)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	return diagnosticsAnswer{Diagnostics: []diagnostic{}}, writeFiles(req.Directory, files)
}

func bindOptions(strict bool, lang string) []pcl.BindOption {
	var opts []pcl.BindOption
	if lang == "nodejs" {
		// As Pulumi's Node host does: output-versioned invokes read naturally in TypeScript.
		opts = append(opts, pcl.PreferOutputVersionedInvokes)
	}
	if !strict {
		opts = append(opts, pcl.NonStrictBindOptions()...)
	}
	return opts
}

func generateProgram(req programRequest) (programAnswer, error) {
	lang, err := languageOf(req.Language)
	if err != nil {
		return programAnswer{}, err
	}
	loader, done, err := loaderFor(req.LoaderTarget)
	if err != nil {
		return programAnswer{}, err
	}
	defer done()
	parser := syntax.NewParser()
	for name, text := range req.Source {
		if err := parser.ParseFile(strings.NewReader(text), name); err != nil {
			return programAnswer{}, err
		}
	}
	if parser.Diagnostics.HasErrors() {
		return programAnswer{Files: map[string]string{}, Diagnostics: toDiagnostics(parser.Diagnostics)}, nil
	}
	program, diags, err := pcl.BindProgram(parser.Files, loader, bindOptions(req.Strict, lang)...)
	if err != nil {
		return programAnswer{}, err
	}
	if diags.HasErrors() {
		return programAnswer{Files: map[string]string{}, Diagnostics: toDiagnostics(diags)}, nil
	}
	files, genDiags, err := languages[lang].program(program)
	if err != nil {
		return programAnswer{}, err
	}
	out := make(map[string]string, len(files))
	for name, data := range files {
		out[name] = string(data)
	}
	return programAnswer{Files: out, Diagnostics: toDiagnostics(append(diags, genDiags...))}, nil
}

func generateProject(req projectRequest) (diagnosticsAnswer, error) {
	lang, err := languageOf(req.Language)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	loader, done, err := loaderFor(req.LoaderTarget)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	defer done()
	program, diags, err := pcl.BindDirectory(req.SourceDirectory, loader, bindOptions(req.Strict, lang)...)
	if err != nil {
		return diagnosticsAnswer{}, err
	}
	if diags.HasErrors() {
		return diagnosticsAnswer{Diagnostics: toDiagnostics(diags)}, nil
	}
	var project workspace.Project
	if err := json.Unmarshal([]byte(req.Project), &project); err != nil {
		return diagnosticsAnswer{}, fmt.Errorf("decoding the project: %w", err)
	}
	if err := languages[lang].project(req.TargetDirectory, project, program, req.LocalDependencies); err != nil {
		return diagnosticsAnswer{}, err
	}
	return diagnosticsAnswer{Diagnostics: toDiagnostics(diags)}, nil
}

func toDiagnostics(diags hcl.Diagnostics) []diagnostic {
	out := make([]diagnostic, 0, len(diags))
	for _, d := range diags {
		item := diagnostic{Severity: "warning", Summary: d.Summary, Detail: d.Detail}
		if d.Severity == hcl.DiagError {
			item.Severity = "error"
		}
		if d.Subject != nil {
			item.Filename, item.Line, item.Column = d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column
		}
		out = append(out, item)
	}
	return out
}
