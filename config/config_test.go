package config

import (
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"

// env turns a map into a getenv function.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		wantErr []string // each must appear as its own line of the error
	}{
		{
			name: "defaults",
			env:  nil,
			want: Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
		},
		{
			name: "everything set",
			env: map[string]string{
				"DOCS_DIR": "/articles", "DISCORD_TOKEN": "tok", "DISCORD_GUILD_ID": "123",
				"DISCORD_APP_ID": "456", "DISCORD_PUBLIC_KEY": testKey, "HTTP_ADDR": ":8080",
				"HEALTH_ADDR": "127.0.0.1:9000", "RATE_PER_MINUTE": "30", "LOG_LEVEL": "debug",
			},
			want: Config{
				DocsDir: "/articles", DiscordToken: "tok", GuildID: "123", AppID: "456",
				PublicKey: testKey, HTTPAddr: ":8080", HealthAddr: "127.0.0.1:9000",
				RatePerMinute: 30, LogLevel: "debug",
			},
		},
		{
			name: "surrounding spaces and upper-case level are forgiven",
			env:  map[string]string{"RATE_PER_MINUTE": " 5 ", "LOG_LEVEL": "WARN", "DISCORD_TOKEN": " tok\n"},
			want: Config{DiscordToken: "tok", HealthAddr: ":8081", RatePerMinute: 5, LogLevel: "warn"},
		},
		{
			name:    "rate not a number",
			env:     map[string]string{"RATE_PER_MINUTE": "ten"},
			want:    Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{`RATE_PER_MINUTE must be a positive integer, got "ten"`},
		},
		{
			name:    "rate zero",
			env:     map[string]string{"RATE_PER_MINUTE": "0"},
			want:    Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{`RATE_PER_MINUTE must be a positive integer, got "0"`},
		},
		{
			name:    "rate negative",
			env:     map[string]string{"RATE_PER_MINUTE": "-3"},
			want:    Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{`RATE_PER_MINUTE must be a positive integer, got "-3"`},
		},
		{
			name:    "unknown log level",
			env:     map[string]string{"LOG_LEVEL": "loud"},
			want:    Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "loud"},
			wantErr: []string{`LOG_LEVEL must be one of debug, info, warn, error, got "loud"`},
		},
		{
			name:    "public key too short",
			env:     map[string]string{"DISCORD_PUBLIC_KEY": "abc123"},
			want:    Config{PublicKey: "abc123", HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{"DISCORD_PUBLIC_KEY must be 64 hex characters, got 6 characters"},
		},
		{
			name:    "public key not hex",
			env:     map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("z", 64)},
			want:    Config{PublicKey: strings.Repeat("z", 64), HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{"DISCORD_PUBLIC_KEY must be 64 hex characters, got a character that is not hex"},
		},
		{
			name:    "health address without colon",
			env:     map[string]string{"HEALTH_ADDR": "8081"},
			want:    Config{HealthAddr: "8081", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{`HEALTH_ADDR must be host:port such as ":8081", got "8081"`},
		},
		{
			name:    "health port out of range",
			env:     map[string]string{"HEALTH_ADDR": ":99999"},
			want:    Config{HealthAddr: ":99999", RatePerMinute: 10, LogLevel: "info"},
			wantErr: []string{`HEALTH_ADDR must be host:port such as ":8081", got ":99999"`},
		},
		{
			name: "every problem at once",
			env: map[string]string{
				"RATE_PER_MINUTE": "ten", "LOG_LEVEL": "loud", "DISCORD_GUILD_ID": "my-guild",
				"DISCORD_APP_ID": "app", "DISCORD_PUBLIC_KEY": "nope", "HEALTH_ADDR": "localhost",
			},
			want: Config{
				GuildID: "my-guild", AppID: "app", PublicKey: "nope", HealthAddr: "localhost",
				RatePerMinute: 10, LogLevel: "loud",
			},
			wantErr: []string{
				`RATE_PER_MINUTE must be a positive integer, got "ten"`,
				`DISCORD_GUILD_ID must be a numeric Discord ID, got "my-guild"`,
				`DISCORD_APP_ID must be a numeric Discord ID, got "app"`,
				`HEALTH_ADDR must be host:port such as ":8081", got "localhost"`,
				`LOG_LEVEL must be one of debug, info, warn, error, got "loud"`,
				`DISCORD_PUBLIC_KEY must be 64 hex characters, got 4 characters`,
			},
		},
		{
			name: "HTTP_ADDR is left to ValidateHTTP",
			env:  map[string]string{"HTTP_ADDR": "nonsense"},
			want: Config{HTTPAddr: "nonsense", HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(env(tt.env))
			// The embedding settings have their own test (TestLoadEmbedder); here they
			// are only expected to default to the offline embedder.
			tt.want.Search = Search{Embedder: Embedder{Kind: EmbedderLocal}, Ranking: RankingHybrid}
			if got != tt.want {
				t.Errorf("Load() = %+v, want %+v", got, tt.want)
			}
			checkErrLines(t, err, tt.wantErr)
		})
	}
}

func TestLoadNilGetenv(t *testing.T) {
	if _, err := Load(nil); err == nil {
		t.Fatal("Load(nil) succeeded, want an error")
	}
}

func TestValidateModes(t *testing.T) {
	ok := Config{HealthAddr: ":8081", RatePerMinute: 10, LogLevel: "info"}
	with := func(f func(*Config)) Config { c := ok; f(&c); return c }
	tests := []struct {
		name     string
		cfg      Config
		validate func(Config) error
		wantErr  []string
	}{
		{
			name:     "gateway without token",
			cfg:      ok,
			validate: Config.ValidateGateway,
			wantErr:  []string{"DISCORD_TOKEN is not set (see .env.example)"},
		},
		{
			name:     "gateway with token",
			cfg:      with(func(c *Config) { c.DiscordToken = "tok" }),
			validate: Config.ValidateGateway,
		},
		{
			name:     "http without anything",
			cfg:      ok,
			validate: Config.ValidateHTTP,
			wantErr: []string{
				"DISCORD_PUBLIC_KEY is not set (see .env.example)",
				"HTTP_ADDR is not set (see .env.example) and --http was not given",
			},
		},
		{
			name:     "http with a bad address from --http",
			cfg:      with(func(c *Config) { c.PublicKey = testKey; c.HTTPAddr = "8080" }),
			validate: Config.ValidateHTTP,
			wantErr:  []string{`HTTP_ADDR (or --http) must be host:port such as ":8080", got "8080"`},
		},
		{
			name:     "http complete, no token needed",
			cfg:      with(func(c *Config) { c.PublicKey = testKey; c.HTTPAddr = ":8080" }),
			validate: Config.ValidateHTTP,
		},
		{
			name:     "serve picks gateway without an HTTP address",
			cfg:      ok,
			validate: Config.ValidateServe,
			wantErr:  []string{"DISCORD_TOKEN is not set (see .env.example)"},
		},
		{
			name:     "serve picks HTTP with an HTTP address",
			cfg:      with(func(c *Config) { c.HTTPAddr = ":8080" }),
			validate: Config.ValidateServe,
			wantErr:  []string{"DISCORD_PUBLIC_KEY is not set (see .env.example)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkErrLines(t, tt.validate(tt.cfg), tt.wantErr)
		})
	}
}

// TestFlagsOverrideEnv shows the order a subcommand follows: Load, apply flags, validate.
func TestFlagsOverrideEnv(t *testing.T) {
	cfg, err := Load(env(map[string]string{"HTTP_ADDR": ":8080", "DISCORD_PUBLIC_KEY": testKey}))
	if err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&cfg.HTTPAddr, "http", cfg.HTTPAddr, "")
	fs.StringVar(&cfg.DocsDir, "docs", cfg.DocsDir, "")
	if err := fs.Parse([]string{"--http", "127.0.0.1:9999"}); err != nil {
		t.Fatal(err)
	}
	if cfg.HTTPAddr != "127.0.0.1:9999" || cfg.DocsDir != "" {
		t.Errorf("after flags: HTTPAddr=%q DocsDir=%q", cfg.HTTPAddr, cfg.DocsDir)
	}
	if err := cfg.ValidateServe(); err != nil {
		t.Errorf("ValidateServe: %v", err)
	}
}

func TestSlogLevel(t *testing.T) {
	tests := []struct {
		level string
		want  slog.Level
	}{
		{"debug", slog.LevelDebug}, {"info", slog.LevelInfo}, {"warn", slog.LevelWarn},
		{"error", slog.LevelError}, {"", slog.LevelInfo},
	}
	for _, tt := range tests {
		t.Run(tt.level, func(t *testing.T) {
			if got := (Config{LogLevel: tt.level}).SlogLevel(); got != tt.want {
				t.Errorf("SlogLevel() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPublicKeyBytes(t *testing.T) {
	if got := (Config{PublicKey: testKey}).PublicKeyBytes(); len(got) != 32 {
		t.Errorf("valid key decoded to %d bytes", len(got))
	}
	if got := (Config{PublicKey: "abc"}).PublicKeyBytes(); got != nil {
		t.Errorf("invalid key decoded to %x, want nil", got)
	}
}

func TestLoadDotEnv(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("missing file is fine", func(t *testing.T) {
		if err := LoadDotEnv(filepath.Join(dir, "absent.env")); err != nil {
			t.Fatalf("LoadDotEnv: %v", err)
		}
	})
	t.Run("does not override the environment", func(t *testing.T) {
		t.Setenv("ARTICLEBOT_TEST_SET", "from-env")
		t.Setenv("ARTICLEBOT_TEST_EMPTY", "")
		os.Unsetenv("ARTICLEBOT_TEST_UNSET") // t.Setenv above restores the others
		t.Cleanup(func() { os.Unsetenv("ARTICLEBOT_TEST_UNSET") })
		p := write("ok.env", "# comment\nARTICLEBOT_TEST_SET=from-file\n"+
			"ARTICLEBOT_TEST_EMPTY=from-file\nexport ARTICLEBOT_TEST_UNSET=\"from file\"\n")
		if err := LoadDotEnv(p); err != nil {
			t.Fatalf("LoadDotEnv: %v", err)
		}
		for k, want := range map[string]string{
			"ARTICLEBOT_TEST_SET": "from-env", "ARTICLEBOT_TEST_EMPTY": "", "ARTICLEBOT_TEST_UNSET": "from file",
		} {
			if got := os.Getenv(k); got != want {
				t.Errorf("%s = %q, want %q", k, got, want)
			}
		}
	})
	t.Run("malformed file is an error naming it", func(t *testing.T) {
		p := write("bad.env", "ARTICLEBOT_TEST_BAD='unterminated\n")
		err := LoadDotEnv(p)
		if err == nil || !strings.Contains(err.Error(), p) {
			t.Fatalf("LoadDotEnv = %v, want an error naming %s", err, p)
		}
	})
	t.Run("directory is an error", func(t *testing.T) {
		if err := LoadDotEnv(dir); err == nil {
			t.Fatal("LoadDotEnv(dir) succeeded")
		}
	})
}

// checkErrLines fails unless err has exactly the lines want, in order.
func checkErrLines(t *testing.T, err error, want []string) {
	t.Helper()
	if len(want) == 0 {
		if err != nil {
			t.Errorf("error = %q, want none", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	got := strings.Split(err.Error(), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("error lines:\n%s\nwant:\n%s", err, strings.Join(want, "\n"))
	}
}
