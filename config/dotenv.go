package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/joho/godotenv"
)

// LoadDotEnv sets the process environment variables named in the file at path (normally
// [DotEnvFile]) that are not set yet: a variable already in the environment, even set to
// the empty string, wins over the file. A missing file is not an error; a file that cannot
// be read or parsed is, and nothing is set then.
//
// It changes the process environment, so call it once in main, before reading settings
// through os.Getenv; code under test passes its own getenv instead.
func LoadDotEnv(path string) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	// godotenv parses the whole file before setting anything.
	if err := godotenv.Load(path); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
