// Command kg builds a knowledge graph of international relations from
// documents and answers questions over it. See `kg --help`.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
