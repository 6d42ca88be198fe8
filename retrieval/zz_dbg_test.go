package retrieval

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	b, _ := os.ReadFile("/tmp/t9.txt")
	paras := Paragraphs(string(b))
	a := newAttributor(paras)
	res := a.run()
	fmt.Println(a.names)
	for _, r := range res {
		fmt.Println(r.para.Number, r.found)
	}
}
