package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// panickyEngine panics on questions containing PANIC, to prove a handler's panic is
// contained.
type panickyEngine struct{ Engine }

func (p panickyEngine) Answer(ctx context.Context, q string, k int) ([]retrieval.Answer, error) {
	if strings.Contains(q, "PANIC") {
		panic("engine exploded")
	}
	return p.Engine.Answer(ctx, q, k)
}

// wireResponse is the part of an interaction response the tests look at, decoded from
// exactly what Discord receives.
type wireResponse struct {
	Type int `json:"type"`
	Data struct {
		Content    string                   `json:"content"`
		Flags      int                      `json:"flags"`
		Embeds     []discordgo.MessageEmbed `json:"embeds"`
		Components []struct {
			Type       int `json:"type"`
			Components []struct {
				Type     int    `json:"type"`
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
				Disabled bool   `json:"disabled"`
			} `json:"components"`
		} `json:"components"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
	} `json:"data"`
}

func decodeResponse(t *testing.T, body []byte) wireResponse {
	t.Helper()
	var r wireResponse
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decode response: %v\n%s", err, body)
	}
	return r
}

// buttonIDs lists "label=custom_id" of every button, "!" marking disabled ones.
func (r wireResponse) buttonIDs() []string {
	var out []string
	for _, row := range r.Data.Components {
		for _, c := range row.Components {
			s := c.Label + "=" + c.CustomID
			if c.Disabled {
				s = "!" + s
			}
			out = append(out, s)
		}
	}
	return out
}

// asMessage is the message Discord shows for a response, as a later button press carries it.
func (r wireResponse) asMessage() *discordgo.Message {
	embeds := make([]*discordgo.MessageEmbed, len(r.Data.Embeds))
	for n := range r.Data.Embeds {
		embeds[n] = &r.Data.Embeds[n]
	}
	return &discordgo.Message{ID: "700", ChannelID: "300", Content: r.Data.Content, Embeds: embeds,
		Author: &discordgo.User{ID: "100", Bot: true}}
}

// checkMessageRules holds for every message the bot sends: nobody can be pinged and
// Discord's limits hold.
func checkMessageRules(t *testing.T, body []byte) {
	t.Helper()
	r := decodeResponse(t, body)
	if r.Type == int(discordgo.InteractionApplicationCommandAutocompleteResult) || r.Type == int(discordgo.InteractionResponsePong) {
		return
	}
	if r.Data.AllowedMentions == nil || r.Data.AllowedMentions.Parse == nil || len(r.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions must be {\"parse\":[]}, got %s", body)
	}
	if err := checkLimits(r); err != nil {
		t.Errorf("Discord limits: %v", err)
	}
}

// runGateway runs b against the fake until the test ends, waiting until it is connected.
func runGateway(t *testing.T, b *Bot, f *fakeDiscord, cfg GatewayConfig) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	if cfg.Token == "" {
		cfg.Token = f.token
	}
	cfg.HTTPClient = f.client()
	go func() { errc <- b.RunGateway(ctx, cfg) }()
	select {
	case <-f.ready:
	case err := <-errc:
		cancel()
		t.Fatalf("RunGateway ended before READY: %v", err)
	case <-time.After(10 * time.Second):
		cancel()
		t.Fatal("gateway did not connect")
	}
	for deadline := time.Now().Add(5 * time.Second); !b.Ready(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("bot not ready after READY")
		}
	}
	return func() error {
		cancel()
		select {
		case err := <-errc:
			return err
		case <-time.After(15 * time.Second):
			return errors.New("RunGateway did not return after cancel")
		}
	}
}

func TestGatewayEndToEnd(t *testing.T) {
	ix := realIndex(t)
	f := newFakeDiscord(t)
	var logs syncBuffer
	b := newTestBot(t, panickyEngine{ix}, Options{RatePerMinute: 1000, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	stop := runGateway(t, b, f, GatewayConfig{})

	regs := f.registrations()
	if len(regs) != 1 || regs[0].Path != "/api/v9/applications/100/commands" {
		t.Fatalf("want one global bulk overwrite for app 100, got %+v", regs)
	}
	checkGolden(t, "commands.json", regs[0].Body)

	health := httptest.NewServer(b.HealthHandler())
	defer health.Close()
	if res, err := http.Get(health.URL + "/readyz"); err != nil || res.StatusCode != http.StatusOK {
		t.Errorf("/readyz while connected: %v %v", res.StatusCode, err)
	}

	jonesQuestion := "What did Seth Jones say about al Qaeda numbers in Iran?"
	first := decodeResponse(t, f.send(t, askInteraction("1001", "7", jonesQuestion)))

	tests := []struct {
		name   string
		in     *discordgo.Interaction
		golden string
		check  func(t *testing.T, r wireResponse)
	}{
		{
			name: "ask", in: askInteraction("1002", "7", jonesQuestion), golden: "ask.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionResponseChannelMessageWithSource)
				if r.Data.Flags != 0 || len(r.Data.Embeds) != 3 {
					t.Fatalf("want 3 public embeds, got flags %d, %d embeds", r.Data.Flags, len(r.Data.Embeds))
				}
				e := r.Data.Embeds[0]
				wantContains(t, "description", e.Description, "**“The administration is grasping at straws,” said Seth Jones")
				wantContains(t, "description", e.Description, `less than five \[people].”`)
				wantContains(t, "author", e.Author.Name, "Seth Jones — ")
				wantContains(t, "footer", e.Footer.Text, "Foreign Policy · Michael Hirsh · paragraph 2 · matches ")
				wantButtons(t, r, "More=more:3:3")
			},
		},
		{
			name: "ask private one result", golden: "ask-private.json",
			in: askInteraction("1003", "7", jonesQuestion,
				&discordgo.ApplicationCommandInteractionDataOption{Name: "results", Type: discordgo.ApplicationCommandOptionInteger, Value: 1},
				&discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true}),
			check: func(t *testing.T, r wireResponse) {
				if r.Data.Flags != int(discordgo.MessageFlagsEphemeral) || len(r.Data.Embeds) != 1 {
					t.Fatalf("want 1 ephemeral embed, got flags %d, %d embeds", r.Data.Flags, len(r.Data.Embeds))
				}
				wantButtons(t, r, "More=more:1:1")
			},
		},
		{
			name: "ask with nothing relevant", in: askInteraction("1004", "7", "What is the best pizza recipe?"), golden: "ask-closest.json",
			check: func(t *testing.T, r wireResponse) {
				wantContains(t, "content", r.Data.Content, "Nothing in the article answers that closely; the closest passage is:")
				if len(r.Data.Embeds) != 1 || !strings.HasPrefix(r.Data.Embeds[0].Title, "Closest passage: ") {
					t.Fatalf("want one embed titled as the closest passage, got %+v", r.Data.Embeds)
				}
				wantContains(t, "footer", r.Data.Embeds[0].Footer.Text, "(weak match)")
			},
		},
		{
			name: "more", in: buttonInteraction("1005", "7", "more:3:3", first.asMessage()), golden: "more.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionResponseUpdateMessage)
				wantContains(t, "content", r.Data.Content, askedPrefix+jonesQuestion+"\nMore passages (4–6):")
				if len(r.Data.Embeds) != 3 {
					t.Fatalf("want 3 more embeds, got %d", len(r.Data.Embeds))
				}
				for _, e := range r.Data.Embeds {
					for _, shown := range first.Data.Embeds {
						if e.Description == shown.Description {
							t.Errorf("More repeated a passage of the first page: %q", e.Description)
						}
					}
				}
				wantButtons(t, r, "More=more:6:3")
			},
		},
		{
			name: "quotes", in: quotesInteraction("1006", "7", "Seth Jones"), golden: "quotes.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionResponseChannelMessageWithSource)
				n := len(ix.PassagesBy("Seth Jones"))
				if n < 4 {
					t.Fatalf("the article quotes Seth Jones in %d passages; the test needs two pages", n)
				}
				wantContains(t, "content", r.Data.Content, "**Seth Jones** — ")
				wantContains(t, "content", r.Data.Content, "(page 1 of 2)")
				if len(r.Data.Embeds) != quotesPageSize {
					t.Fatalf("want %d embeds, got %d", quotesPageSize, len(r.Data.Embeds))
				}
				for _, e := range r.Data.Embeds {
					wantContains(t, "author", e.Author.Name, "Seth Jones")
				}
				wantContains(t, "description", r.Data.Embeds[0].Description, "grasping at straws")
				hash := labelHash("Seth Jones")
				wantButtons(t, r, "!Prev=quotes:0:0:"+hash, "Next=quotes:1:0:"+hash)
			},
		},
		{
			name: "quotes next page", in: buttonInteraction("1007", "7", "quotes:1:0:"+labelHash("Seth Jones"), nil), golden: "quotes-next.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionResponseUpdateMessage)
				wantContains(t, "content", r.Data.Content, "(page 2 of 2)")
				hash := labelHash("Seth Jones")
				wantButtons(t, r, "Prev=quotes:0:0:"+hash, "!Next=quotes:2:0:"+hash)
				want := ix.PassagesBy("Seth Jones")[quotesPageSize]
				if r.Data.Embeds[0].Description != escapeMarkdown(want.Text) {
					t.Errorf("page 2 starts with %q, want passage %s", r.Data.Embeds[0].Description, want.ID)
				}
			},
		},
		{
			name: "quotes with a stale button", in: buttonInteraction("1008", "7", "quotes:1:0:00000000", nil),
			check: func(t *testing.T, r wireResponse) {
				wantPrivate(t, r, "out of date")
			},
		},
		{
			name: "quotes of someone never quoted", in: quotesInteraction("1009", "7", "Elvis"),
			check: func(t *testing.T, r wireResponse) {
				wantPrivate(t, r, "quotes nobody called “Elvis”")
			},
		},
		{
			name: "autocomplete", in: autocompleteInteraction("1010", "7", "jo"), golden: "autocomplete.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionApplicationCommandAutocompleteResult)
				if len(r.Data.Choices) == 0 || len(r.Data.Choices) > maxChoices {
					t.Fatalf("want 1–25 choices, got %d", len(r.Data.Choices))
				}
				var values []string
				for _, c := range r.Data.Choices {
					values = append(values, c.Value)
					if textLen(c.Name) > maxChoiceName || textLen(c.Value) > maxChoiceValue {
						t.Errorf("choice too long: %+v", c)
					}
					if !strings.Contains(strings.ToLower(c.Name), "jo") {
						t.Errorf("choice %q does not match what was typed", c.Name)
					}
				}
				wantContains(t, "choices", strings.Join(values, "|"), "Seth Jones")
			},
		},
		{
			name: "article", in: simpleCommand("1011", "7", cmdArticle), golden: "article.json",
			check: func(t *testing.T, r wireResponse) {
				if len(r.Data.Embeds) != 1 {
					t.Fatalf("want one source card, got %d", len(r.Data.Embeds))
				}
				e := r.Data.Embeds[0]
				wantContains(t, "title", e.Title, "U.S. Intelligence Undercuts Trump’s Case")
				fields := map[string]string{}
				for _, fl := range e.Fields {
					fields[fl.Name] = fl.Value
				}
				wantContains(t, "author field", fields["Author"], "Michael Hirsh")
				wantContains(t, "publication field", fields["Publication"], "Foreign Policy")
				if got, want := fields["Passages"], len(ix.Passages()); got != strconv.Itoa(want) {
					t.Errorf("Passages field %q, want %d", got, want)
				}
				speakers := fields["Speakers ("+strconv.Itoa(len(ix.Speakers()))+")"]
				wantContains(t, "speakers", speakers, "Seth Jones")
				wantContains(t, "speakers", speakers, "Thomas Joscelyn")
			},
		},
		{
			name: "help", in: simpleCommand("1012", "7", cmdHelp), golden: "help.json",
			check: func(t *testing.T, r wireResponse) {
				if r.Data.Flags != int(discordgo.MessageFlagsEphemeral) || len(r.Data.Embeds) != 1 {
					t.Fatalf("want a private embed, got %+v", r.Data)
				}
				for _, want := range []string{"/ask", "/quotes", "/article", "Ask the article"} {
					wantContains(t, "help", r.Data.Embeds[0].Description, want)
				}
			},
		},
		{
			name: "message command", in: messageCommand("1013", "7", "What did Seth Jones say about al Qaeda numbers?"), golden: "ask-message.json",
			check: func(t *testing.T, r wireResponse) {
				wantType(t, r, discordgo.InteractionResponseChannelMessageWithSource)
				wantContains(t, "content", r.Data.Content, askedPrefix+"What did Seth Jones say about al Qaeda numbers?")
				wantContains(t, "description", r.Data.Embeds[0].Description, "grasping at straws")
			},
		},
		{
			name: "message command on a message without text", in: messageCommand("1014", "7", "   "),
			check: func(t *testing.T, r wireResponse) { wantPrivate(t, r, "has no text") },
		},
		{
			name: "message command with a question too long", in: messageCommand("1015", "7", strings.Repeat("Jones ", 90)),
			check: func(t *testing.T, r wireResponse) { wantPrivate(t, r, "longer than 500 characters") },
		},
		{
			name: "question without words", in: askInteraction("1016", "7", "??? !!!"),
			check: func(t *testing.T, r wireResponse) { wantPrivate(t, r, "no words I can search for") },
		},
		{
			name: "mentions are not pings", in: askInteraction("1017", "7", "What did <@123> and @everyone say about Jones?"),
			check: func(t *testing.T, r wireResponse) {
				wantContains(t, "content", r.Data.Content, `\<@123\>`)
			},
		},
		{
			name: "panicking handler", in: askInteraction("1018", "7", "PANIC now"), golden: "panic.json",
			check: func(t *testing.T, r wireResponse) { wantPrivate(t, r, "Something went wrong") },
		},
		{
			name: "answers after a panic", in: askInteraction("1019", "7", jonesQuestion),
			check: func(t *testing.T, r wireResponse) {
				wantContains(t, "description", r.Data.Embeds[0].Description, "grasping at straws")
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := f.send(t, tc.in)
			checkMessageRules(t, body)
			tc.check(t, decodeResponse(t, body))
			if tc.golden != "" {
				checkGolden(t, tc.golden, body)
			}
		})
	}

	if err := stop(); err != nil {
		t.Fatalf("RunGateway: %v", err)
	}
	if b.Ready() {
		t.Error("still ready after the gateway stopped")
	}
	counts := f.callbackCounts()
	want := len(tests) + 1
	if len(counts) != want {
		t.Errorf("%d interactions answered, want %d", len(counts), want)
	}
	for id, n := range counts {
		if n != 1 {
			t.Errorf("interaction %s answered %d times", id, n)
		}
	}

	logged := logs.String()
	for _, secret := range []string{f.token, "tok-10"} {
		if strings.Contains(logged, secret) {
			t.Errorf("the logs contain the secret %q", secret)
		}
	}
	for _, want := range []string{`"msg":"handler panicked"`, `"panic":"engine exploded"`, `"msg":"interaction","interaction":"command:ask"`, `"msg":"commands registered"`} {
		wantContains(t, "logs", logged, want)
	}
}

// syncBuffer is a bytes.Buffer that handlers on many goroutines can log to.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestGatewayRegistersInGuild(t *testing.T) {
	f := newFakeDiscord(t)
	b := newTestBot(t, realIndex(t), Options{})
	stop := runGateway(t, b, f, GatewayConfig{GuildID: "555", AppID: "321"})
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	regs := f.registrations()
	if len(regs) != 1 || regs[0].Path != "/api/v9/applications/321/guilds/555/commands" {
		t.Fatalf("want one bulk overwrite in guild 555 for app 321, got %+v", regs)
	}
	var cmds []struct {
		Name string `json:"name"`
		Type int    `json:"type"`
	}
	if err := json.Unmarshal(regs[0].Body, &cmds); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range cmds {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ","); got != "ask,quotes,article,help,Ask the article" {
		t.Errorf("registered %s", got)
	}
	if cmds[4].Type != int(discordgo.MessageApplicationCommand) {
		t.Errorf("Ask the article has type %d, want a message command", cmds[4].Type)
	}
}

func TestGatewayRejectedToken(t *testing.T) {
	f := newFakeDiscord(t)
	b := newTestBot(t, realIndex(t), Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := b.RunGateway(ctx, GatewayConfig{Token: "stolen-token", HTTPClient: f.client()})
	if !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("want ErrUnauthorized, got %v", err)
	}
	if strings.Contains(err.Error(), "stolen-token") {
		t.Errorf("the error quotes the token: %v", err)
	}
	if regs := f.registrations(); len(regs) != 0 {
		t.Errorf("registered commands with a rejected token: %+v", regs)
	}
	if err := b.RunGateway(ctx, GatewayConfig{Token: "  "}); err == nil {
		t.Error("an empty token was accepted")
	}
}

func wantType(t *testing.T, r wireResponse, want discordgo.InteractionResponseType) {
	t.Helper()
	if r.Type != int(want) {
		t.Fatalf("response type %d, want %d", r.Type, want)
	}
}

func wantContains(t *testing.T, what, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%s %q does not contain %q", what, got, want)
	}
}

// wantPrivate checks a short ephemeral reply containing text.
func wantPrivate(t *testing.T, r wireResponse, text string) {
	t.Helper()
	wantType(t, r, discordgo.InteractionResponseChannelMessageWithSource)
	if r.Data.Flags != int(discordgo.MessageFlagsEphemeral) {
		t.Errorf("flags %d, want ephemeral (64)", r.Data.Flags)
	}
	if len(r.Data.Embeds) != 0 || r.Data.Content == "" {
		t.Errorf("want a short text reply, got %+v", r.Data)
	}
	wantContains(t, "content", r.Data.Content, text)
}

func wantButtons(t *testing.T, r wireResponse, want ...string) {
	t.Helper()
	if got := strings.Join(r.buttonIDs(), " "); got != strings.Join(want, " ") {
		t.Errorf("buttons %q, want %q", got, strings.Join(want, " "))
	}
}
