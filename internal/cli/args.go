package cli

import "strings"

// parseArgs splits args into positional arguments and flags. spec maps
// each flag name (without dashes) to whether it takes a value. A flag may
// be written -name or --name, its value as the next argument or after =.
// "-" alone is a positional argument (standard input or output); "--" ends
// the flags.
func parseArgs(args []string, usage string, spec map[string]bool) (pos []string, flags map[string]string, err error) {
	flags = map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		value, hasValue := "", false
		if j := strings.IndexByte(name, '='); j >= 0 {
			name, value, hasValue = name[:j], name[j+1:], true
		}
		takes, known := spec[name]
		switch {
		case !known:
			return nil, nil, usagef(usage, "Unknown option %s.", a)
		case takes && !hasValue:
			if i+1 >= len(args) {
				return nil, nil, usagef(usage, "The option %s needs a value.", a)
			}
			i++
			value = args[i]
		case !takes && hasValue:
			return nil, nil, usagef(usage, "The option --%s takes no value.", name)
		case !takes:
			value = "true"
		}
		if _, dup := flags[name]; dup {
			return nil, nil, usagef(usage, "The option --%s is given twice.", name)
		}
		flags[name] = value
	}
	return pos, flags, nil
}
