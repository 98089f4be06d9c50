package main

import (
	"fmt"

	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	"github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/pcl"
	"github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
	"github.com/hashicorp/hcl/v2"
	"github.com/pulumi/pulumi/sdk/v3/go/common/workspace"
)

const tool = "alicloudvpn-codegen"

// languages lists what each generator needs; the names are the language hosts' own.
var languages = map[string]struct {
	pkg     func(p *schema.Package, extra map[string][]byte, localDeps map[string]string, local bool, loader schema.ReferenceLoader) (map[string][]byte, error)
	program func(p *pcl.Program) (map[string][]byte, hcl.Diagnostics, error)
	project func(dir string, project workspace.Project, p *pcl.Program, localDeps map[string]string) error
}{
	"nodejs": {
		pkg: func(p *schema.Package, extra map[string][]byte, localDeps map[string]string, local bool, loader schema.ReferenceLoader) (map[string][]byte, error) {
			return nodejs.GeneratePackage(tool, p, extra, localDeps, local, loader)
		},
		program: nodejs.GenerateProgram,
		project: func(dir string, project workspace.Project, p *pcl.Program, localDeps map[string]string) error {
			return nodejs.GenerateProject(dir, project, p, localDeps, false, "nodejs")
		},
	},
	"python": {
		pkg: func(p *schema.Package, extra map[string][]byte, _ map[string]string, _ bool, loader schema.ReferenceLoader) (map[string][]byte, error) {
			return python.GeneratePackage(tool, p, extra, loader)
		},
		program: python.GenerateProgram,
		project: func(dir string, project workspace.Project, p *pcl.Program, localDeps map[string]string) error {
			return python.GenerateProject(dir, project, p, localDeps, "", "")
		},
	},
	"go": {
		pkg: func(p *schema.Package, _ map[string][]byte, localDeps map[string]string, _ bool, _ schema.ReferenceLoader) (map[string][]byte, error) {
			return gogen.GeneratePackage(tool, p, localDeps)
		},
		program: gogen.GenerateProgram,
		project: gogen.GenerateProject,
	},
}

func languageOf(name string) (string, error) {
	if name == "" {
		name = "nodejs"
	}
	if _, ok := languages[name]; !ok {
		return "", fmt.Errorf("no generator for language %q (nodejs, python, go)", name)
	}
	return name, nil
}
