package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// ErrUnauthorized is returned (wrapped) when Discord rejects the bot token.
var ErrUnauthorized = errors.New("Discord rejected the bot token (401 Unauthorized)")

// GatewayConfig says how [Bot.RunGateway] connects to Discord.
type GatewayConfig struct {
	// Token is the bot token from the Developer Portal, with or without the "Bot " prefix.
	// Required.
	Token string
	// AppID is the application ID. Optional: when empty it is the bot user's ID, which
	// Discord gives the application too.
	AppID string
	// GuildID, when set, registers the commands in that server only, where they appear at
	// once; otherwise they are registered globally.
	GuildID string
	// HTTPClient makes the REST calls to Discord. Optional; tests point it at a fake Discord.
	HTTPClient *http.Client
}

// restTimeout bounds one REST call, so that shutdown waits for in-flight answers but not
// forever.
const restTimeout = 10 * time.Second

// RunGateway connects to Discord's gateway, registers the commands with one bulk
// overwrite, and answers interactions until ctx is cancelled. It then disconnects and waits
// for the answers in flight before returning nil. A rejected token is [ErrUnauthorized].
func (b *Bot) RunGateway(ctx context.Context, cfg GatewayConfig) error {
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "))
	if token == "" {
		return errors.New("bot token is empty")
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return fmt.Errorf("create Discord session: %w", err)
	}
	if cfg.HTTPClient != nil {
		s.Client = cfg.HTTPClient
	}
	// Interactions arrive whatever the intents; asking for none needs no privileges.
	s.Identify.Intents = discordgo.IntentsNone
	s.ShouldReconnectOnError = true

	callCtx, cancel := context.WithTimeout(ctx, restTimeout)
	me, err := s.User("@me", discordgo.WithContext(callCtx))
	cancel()
	if err != nil {
		return fmt.Errorf("log in: %w", restError(err))
	}
	appID := cfg.AppID
	if appID == "" {
		appID = me.ID
	}
	callCtx, cancel = context.WithTimeout(ctx, restTimeout)
	err = registerCommands(s, appID, cfg.GuildID, discordgo.WithContext(callCtx))
	cancel()
	if err != nil {
		where := "globally"
		if cfg.GuildID != "" {
			where = "in guild " + cfg.GuildID
		}
		return fmt.Errorf("register commands %s: %w", where, restError(err))
	}
	b.log.Info("commands registered", "app_id", appID, "guild_id", cfg.GuildID, "count", len(commands()))

	var inflight inflight
	s.AddHandler(func(s *discordgo.Session, e *discordgo.InteractionCreate) {
		inflight.add()
		defer inflight.done()
		b.answerOverREST(s, e.Interaction)
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Connect) { b.connected.Store(true) })
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) { b.connected.Store(false) })
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		b.log.Info("gateway ready", "user", r.User.Username, "guilds", len(r.Guilds))
	})

	if err := s.Open(); err != nil {
		var ce *websocket.CloseError
		if errors.As(err, &ce) && ce.Code == 4004 { // Discord's "authentication failed"
			return fmt.Errorf("open gateway: %w", ErrUnauthorized)
		}
		return fmt.Errorf("open gateway: %w", err)
	}
	b.connected.Store(true)
	b.log.Info("gateway connected", "user_id", me.ID)

	<-ctx.Done()
	b.log.Info("shutting down gateway")
	// Closing first stops new interactions; the ones in flight answer over REST, which does
	// not need the gateway.
	if err := s.Close(); err != nil {
		b.log.Warn("close gateway", "err", err)
	}
	b.connected.Store(false)
	inflight.wait()
	b.log.Info("gateway stopped")
	return nil
}

// answerOverREST answers one gateway interaction through the interaction callback.
func (b *Bot) answerOverREST(s *discordgo.Session, i *discordgo.Interaction) {
	// Not the run's context: an answer already begun finishes during shutdown.
	ctx, cancel := context.WithTimeout(context.Background(), restTimeout)
	defer cancel()
	resp := b.respond(ctx, i)
	if err := s.InteractionRespond(i, resp, discordgo.WithContext(ctx)); err != nil {
		b.log.Error("respond to interaction", "interaction", interactionKind(i), "err", restError(err))
	}
}

// restError turns a 401 from Discord into [ErrUnauthorized] and keeps other errors short:
// a discordgo REST error quotes the whole response body.
func restError(err error) error {
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return err
	}
	if re.Response.StatusCode == http.StatusUnauthorized {
		return ErrUnauthorized
	}
	if re.Message != nil && re.Message.Message != "" {
		return fmt.Errorf("Discord answered %s: %s", re.Response.Status, re.Message.Message)
	}
	return fmt.Errorf("Discord answered %s", re.Response.Status)
}

// inflight counts handlers still running. Unlike sync.WaitGroup it allows add to race
// with wait, which happens when an interaction arrives as the bot shuts down.
type inflight struct {
	mu   sync.Mutex
	n    int
	zero *sync.Cond
}

func (f *inflight) add() {
	f.mu.Lock()
	f.n++
	f.mu.Unlock()
}

func (f *inflight) done() {
	f.mu.Lock()
	f.n--
	if f.n == 0 && f.zero != nil {
		f.zero.Broadcast()
	}
	f.mu.Unlock()
}

func (f *inflight) wait() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.zero == nil {
		f.zero = sync.NewCond(&f.mu)
	}
	for f.n > 0 {
		f.zero.Wait()
	}
}
