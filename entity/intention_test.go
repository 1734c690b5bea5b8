package entity

import (
	"reflect"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestSameExtractionFields fails when schema.Extraction gains a field
// that sameExtraction, and so docState.intended's memory, would miss.
func TestSameExtractionFields(t *testing.T) {
	if n := reflect.TypeFor[schema.Extraction]().NumField(); n != 11 {
		t.Errorf("schema.Extraction has %d fields, sameExtraction compares 11: compare the new ones", n)
	}
}
