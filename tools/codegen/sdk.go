package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// runSdk writes one language's SDK for `make codegen`: the generator's files replace whatever the
// directory held before (so a type removed from the schema leaves no stale file), except what the
// SDK's build and our own hand-kept files put there: node_modules, bin, go.mod/go.sum and dot-files.
func runSdk(args []string) error {
	flags := flag.NewFlagSet("sdk", flag.ContinueOnError)
	language := flags.String("language", "", "nodejs, python or go")
	schemaPath := flags.String("schema", "", "the package schema (JSON)")
	out := flags.String("out", "", "the directory to (re)write")
	local := flags.Bool("local", false, "a local SDK (nodejs: compiled on install, main bin/index.js), as `pulumi package gen-sdk --local`")
	if err := flags.Parse(args); err != nil {
		return err
	}
	lang, err := languageOf(*language)
	if err != nil {
		return err
	}
	if *schemaPath == "" || *out == "" {
		return fmt.Errorf("sdk needs --schema and --out")
	}
	pkg, err := bindSchemaFile(*schemaPath, offlineLoader{})
	if err != nil {
		return err
	}
	files, err := languages[lang].pkg(pkg, nil, nil, *local, offlineLoader{})
	if err != nil {
		return fmt.Errorf("generating the %s SDK: %w", lang, err)
	}
	if err := removeStale(*out, files); err != nil {
		return err
	}
	return writeFiles(*out, files)
}

func bindSchemaFile(path string, loader schema.ReferenceLoader) (*schema.Package, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return bindSchema(raw, loader)
}

func bindSchema(raw []byte, loader schema.ReferenceLoader) (*schema.Package, error) {
	var spec schema.PackageSpec
	if err := json.Unmarshal(raw, &spec); err != nil {
		return nil, fmt.Errorf("decoding the schema: %w", err)
	}
	pkg, diags, err := schema.BindSpec(spec, loader, schema.ValidationOptions{})
	if err != nil {
		return nil, fmt.Errorf("binding the schema: %w", err)
	}
	if diags.HasErrors() {
		return nil, fmt.Errorf("the schema does not bind: %s", diags.Error())
	}
	return pkg, nil
}

var kept = []string{"node_modules", "bin", "go.mod", "go.sum"}

func removeStale(dir string, files map[string][]byte) error {
	var stale []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if os.IsNotExist(err) {
			return filepath.SkipAll
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if rel == "." {
			return nil
		}
		base := d.Name()
		if strings.HasPrefix(base, ".") || contains(kept, base) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			if _, generated := files[filepath.ToSlash(rel)]; !generated {
				stale = append(stale, path)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, path := range stale {
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return nil
}

func writeFiles(dir string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}
