package cli

import (
	"fmt"
	"reflect"
	"unicode/utf8"

	"casefile/app"
)

// invalidText lists the items of d holding a text that is not valid UTF-8.
// Casefile never writes such bytes (its exports would replace them with
// U+FFFD), so they are damage. It walks every string field of every item
// generically, so that new fields are covered without a change here.
func invalidText(d app.CaseData) []string {
	var problems []string
	v := reflect.ValueOf(d)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.Slice:
			for j := 0; j < f.Len(); j++ {
				if !validStrings(f.Index(j)) {
					problems = append(problems, fmt.Sprintf("%s %d (%s) holds text that is not valid UTF-8.", name, j+1, itemID(f.Index(j))))
				}
			}
		default:
			if !validStrings(f) {
				problems = append(problems, fmt.Sprintf("The %s holds text that is not valid UTF-8.", name))
			}
		}
	}
	return problems
}

// itemID is the ID field of an item, or "no id".
func itemID(v reflect.Value) string {
	if v.Kind() == reflect.Struct {
		if id := v.FieldByName("ID"); id.IsValid() && id.Kind() == reflect.String && id.String() != "" {
			return "id ‘" + id.String() + "’"
		}
	}
	return "no id"
}

// validStrings reports whether every string reachable from v is valid
// UTF-8.
func validStrings(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return utf8.ValidString(v.String())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && !validStrings(v.Field(i)) {
				return false
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return true // bytes, not text (an original file)
		}
		for i := 0; i < v.Len(); i++ {
			if !validStrings(v.Index(i)) {
				return false
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return validStrings(v.Elem())
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if !validStrings(it.Key()) || !validStrings(it.Value()) {
				return false
			}
		}
	}
	return true
}
