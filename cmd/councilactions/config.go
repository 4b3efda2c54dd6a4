package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"

	"github.com/councilactions/councilactions/index/pipeline"
	"github.com/councilactions/councilactions/ingest"
)

// defaultConfigFile is read when --config is not given and it exists.
const defaultConfigFile = "config.yaml"

// loadConfig reads the config file, COUNCILACTIONS_* variables and the
// global flags, in rising order of precedence, and validates the result.
// Its errors are usage errors (exit 2): the user must correct the config.
func loadConfig(g *globalOptions) (pipeline.Config, error) {
	cfg, err := readConfig(g)
	if err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

func readConfig(g *globalOptions) (pipeline.Config, error) {
	v := viper.New()
	setDefaults(v, pipeline.DefaultConfig())
	v.SetEnvPrefix("COUNCILACTIONS")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	path := g.configFile
	if path == "" {
		if _, err := os.Stat(defaultConfigFile); err == nil {
			path = defaultConfigFile
		}
	}
	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			return pipeline.Config{}, fmt.Errorf("read config %s: %w", path, err)
		}
	}
	if g.dataDir != "" {
		v.Set("data_dir", g.dataDir)
	}
	var cfg pipeline.Config
	hook := mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		mapstructure.StringToSliceHookFunc(","),
		byteSizeHook,
		dateHook,
	)
	if err := v.UnmarshalExact(&cfg, viper.DecodeHook(hook)); err != nil {
		return pipeline.Config{}, fmt.Errorf("config %s: %w", orDefault(path, "(defaults)"), cleanDecodeError(err))
	}
	if err := cfg.Validate(); err != nil {
		return pipeline.Config{}, fmt.Errorf("config %s: %w", orDefault(path, "(defaults)"), err)
	}
	return cfg, nil
}

// setDefaults registers every key with viper, so that AutomaticEnv knows the
// nested keys (COUNCILACTIONS_CRAWL_USER_AGENT → crawl.user_agent).
func setDefaults(v *viper.Viper, cfg pipeline.Config) {
	v.SetDefault("data_dir", cfg.DataDir)
	v.SetDefault("crawl.user_agent", cfg.Crawl.UserAgent)
	v.SetDefault("crawl.per_host_interval", cfg.Crawl.PerHostInterval.String())
	v.SetDefault("crawl.concurrency", cfg.Crawl.Concurrency)
	v.SetDefault("crawl.timeout", cfg.Crawl.Timeout.String())
	v.SetDefault("crawl.max_fetch_time", cfg.Crawl.MaxFetchTime.String())
	v.SetDefault("crawl.retries", cfg.Crawl.Retries)
	v.SetDefault("crawl.max_document_bytes", int64(cfg.Crawl.MaxDocumentBytes))
	v.SetDefault("crawl.recheck_days", cfg.Crawl.RecheckDays)
	v.SetDefault("extract.timeout", cfg.Extract.Timeout.String())
	v.SetDefault("extract.max_memory", int64(cfg.Extract.MaxMemory))
	v.SetDefault("server.addr", cfg.Server.Addr)
	v.SetDefault("server.token", cfg.Server.Token)
}

// byteSizeHook reads "50MB" into an ingest.ByteSize.
func byteSizeHook(from, to reflect.Type, data any) (any, error) {
	if to != reflect.TypeOf(ingest.ByteSize(0)) || from.Kind() != reflect.String {
		return data, nil
	}
	return ingest.ParseByteSize(data.(string))
}

// dateHook reads an unquoted YAML date (since: 2019-01-01), which the YAML
// parser makes a time, back into the YYYY-MM-DD string the config holds.
func dateHook(from, to reflect.Type, data any) (any, error) {
	if to.Kind() != reflect.String || from != reflect.TypeOf(time.Time{}) {
		return data, nil
	}
	return data.(time.Time).Format("2006-01-02"), nil
}

// cleanDecodeError keeps mapstructure's messages, which name the keys, on
// one line: "crawl.timeout: time: invalid duration "soon"; unknown keys: data_dirr".
func cleanDecodeError(err error) error {
	var parts []string
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "* "))
		switch {
		case line == "" || strings.HasPrefix(line, "decoding failed due to"):
			continue
		case strings.Contains(line, "has invalid keys:"):
			line = "unknown keys:" + line[strings.Index(line, "has invalid keys:")+len("has invalid keys:"):]
		case strings.HasPrefix(line, "'"):
			if key, rest, ok := strings.Cut(line[1:], "' "); ok {
				line = key + ": " + rest
			}
		}
		parts = append(parts, line)
	}
	if len(parts) == 0 {
		return err
	}
	return errors.New(strings.Join(parts, "; "))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
