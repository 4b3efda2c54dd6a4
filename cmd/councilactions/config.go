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
	v.SetDefault("crawl.retries", cfg.Crawl.Retries)
	v.SetDefault("crawl.max_document_bytes", int64(cfg.Crawl.MaxDocumentBytes))
	v.SetDefault("crawl.recheck_days", cfg.Crawl.RecheckDays)
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

// cleanDecodeError keeps mapstructure's message, which names the key, on one line.
func cleanDecodeError(err error) error {
	msg := strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
	return errors.New(msg)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
