package cleanlocale

import "testing"

func TestApply(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string // LC_MESSAGES afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "C"},
		{map[string]string{"LANG": "POSIX.UTF-8"}, "C"},
		{map[string]string{"LC_MESSAGES": "C.utf8", "LANG": "en_GB.UTF-8"}, "C"},
		{map[string]string{"LANG": "sq_AL.UTF-8"}, ""},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LC_ALL": "C.UTF-8"}, ""},
		{map[string]string{}, ""},
	} {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		apply(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LC_MESSAGES"] != c.want && !(c.want == "" && env["LC_MESSAGES"] == c.env["LC_MESSAGES"]) {
			t.Errorf("%v: LC_MESSAGES = %q, want %q", c.env, env["LC_MESSAGES"], c.want)
		}
	}
}
