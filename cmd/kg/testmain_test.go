package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestMain builds the kg-graphviz helper, so that drawing commands can be
// tested on machines without Graphviz, the way a user runs them.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kg-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	helper := filepath.Join(dir, "kg-graphviz")
	build := exec.Command("go", "build", "-o", helper, "../kg-graphviz")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build kg-graphviz:", err)
		os.Exit(1)
	}
	os.Setenv("KG_GRAPHVIZ", helper)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
