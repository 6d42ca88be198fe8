package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

func TestCustomIDs(t *testing.T) {
	tests := []struct {
		id           string
		offset, k    int
		ok           bool
		page, idx    int
		hash         string
		quotesParsed bool
	}{
		{id: "more:3:3", offset: 3, k: 3, ok: true},
		{id: "more:24:5", offset: 24, k: 5, ok: true},
		{id: "more:0:3"},
		{id: "more:25:3"},
		{id: "more:3:6"},
		{id: "more:x:3"},
		{id: "more:3"},
		{id: "quotes:2:7:0a1b2c3d", page: 2, idx: 7, hash: "0a1b2c3d", quotesParsed: true},
		{id: "quotes:-1:7:0a1b2c3d"},
		{id: "quotes:1:7:short"},
		{id: "quotes:1"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			if strings.HasPrefix(tc.id, moreIDPrefix) {
				offset, k, ok := parseMoreID(tc.id)
				if ok != tc.ok || offset != tc.offset || k != tc.k {
					t.Errorf("parseMoreID = %d, %d, %v; want %d, %d, %v", offset, k, ok, tc.offset, tc.k, tc.ok)
				}
				if ok && moreID(offset, k) != tc.id {
					t.Errorf("moreID does not round-trip: %s", moreID(offset, k))
				}
				return
			}
			page, idx, hash, ok := parseQuotesID(tc.id)
			if ok != tc.quotesParsed || page != tc.page || idx != tc.idx || hash != tc.hash {
				t.Errorf("parseQuotesID = %d, %d, %q, %v", page, idx, hash, ok)
			}
		})
	}
}

func TestQuestionRoundTripsThroughContent(t *testing.T) {
	for _, q := range []string{"What did Jones say?", `Is *this* _odd_ \ or <@1> 1. # - ok?`, "¿Qué dijo Zarif? 😀"} {
		content := askedPrefix + escapeMarkdown(q) + "\nMore passages (4–6):"
		got, ok := questionFromContent(content)
		if !ok || got != q {
			t.Errorf("questionFromContent(%q) = %q, %v; want %q", content, got, ok, q)
		}
	}
	for _, content := range []string{"", "hello", askedPrefix + "  "} {
		if _, ok := questionFromContent(content); ok {
			t.Errorf("questionFromContent(%q) found a question", content)
		}
	}
}

func TestQuestionProblems(t *testing.T) {
	tests := []struct {
		err   error
		want  string
		users bool
	}{
		{retrieval.ErrEmptyQuestion, "Your question is empty", true},
		{fmt.Errorf("wrapped: %w", retrieval.ErrQuestionTooLong), "longer than 500 characters", true},
		{retrieval.ErrNoWords, "no words I can search for", true},
		{context.DeadlineExceeded, "took too long", false},
		{fmt.Errorf("answer: %w", &retrieval.EmbeddingError{Model: "ollama model \"x\"", Status: 503, Err: errors.New("503")}),
			"can't reach the embedding model", false},
		{errors.New("disk on fire"), "Something went wrong", false},
	}
	for _, tc := range tests {
		t.Run(tc.err.Error(), func(t *testing.T) {
			msg, users := questionProblem(tc.err)
			if !strings.Contains(msg, tc.want) || users != tc.users {
				t.Errorf("got %q, %v; want %q, %v", msg, users, tc.want, tc.users)
			}
			if strings.Contains(msg, "disk on fire") {
				t.Error("an internal error reaches the user")
			}
		})
	}
}

// longLabelEngine quotes an unnamed source whose description is longer than an
// autocomplete value may be.
type longLabelEngine struct {
	Engine
	speaker retrieval.Speaker
}

func (e longLabelEngine) Speakers() []retrieval.Speaker {
	return append(append([]retrieval.Speaker(nil), e.Engine.Speakers()...), e.speaker)
}

func (e longLabelEngine) PassagesBy(name string) []retrieval.Passage {
	if name == e.speaker.Label() {
		p := e.Engine.Passages()[0]
		p.Speakers = []retrieval.Speaker{e.speaker}
		return []retrieval.Passage{p}
	}
	return e.Engine.PassagesBy(name)
}

func TestAutocompleteLongLabel(t *testing.T) {
	role := "a senior official " + strings.Repeat("of a very long-named ministry ", 5)
	eng := longLabelEngine{Engine: realIndex(t), speaker: retrieval.Speaker{Role: role, Anonymous: true}}
	b := newTestBot(t, eng, Options{})
	resp := b.respond(context.Background(), autocompleteInteraction("1", "7", "very long-named"))
	if len(resp.Data.Choices) != 1 {
		t.Fatalf("want one choice, got %d", len(resp.Data.Choices))
	}
	c := resp.Data.Choices[0]
	value := c.Value.(string)
	if textLen(c.Name) > maxChoiceName || textLen(value) > maxChoiceValue || !strings.HasPrefix(value, speakerValuePrefix) {
		t.Fatalf("choice %q = %q breaks the limits or is not a reference", c.Name, value)
	}
	if !strings.HasSuffix(c.Name, ellipsis) {
		t.Errorf("a shortened choice name should end with an ellipsis: %q", c.Name)
	}
	quotes := b.respond(context.Background(), quotesInteraction("2", "7", value))
	if quotes.Data.Flags != 0 || len(quotes.Data.Embeds) != 1 || !strings.Contains(quotes.Data.Embeds[0].Author.Name, "Unnamed source — a senior official") {
		t.Errorf("/quotes with the chosen value: %+v", quotes.Data)
	}
}

func TestRespondEdgeCases(t *testing.T) {
	b := newTestBot(t, realIndex(t), Options{})
	dm := askInteraction("1", "", "What did Seth Jones say?")
	dm.Member, dm.GuildID = nil, ""
	dm.User = &discordgo.User{ID: "55"}
	tests := []struct {
		name string
		in   *discordgo.Interaction
		want string
	}{
		{"empty after markdown", askInteraction("2", "7", "** __ **"), "Your question is empty"},
		{"unknown command", simpleCommand("3", "7", "dance"), `I don't know the command "dance"`},
		{"unknown button", buttonInteraction("4", "7", "spin:1", nil), "no longer does anything"},
		{"More without the message", buttonInteraction("5", "7", "more:3:3", nil), "can't continue that answer"},
		{"More on a foreign message", buttonInteraction("6", "7", "more:3:3", &discordgo.Message{Content: "hi"}), "can't continue that answer"},
		{"modal submit", &discordgo.Interaction{ID: "7", Type: discordgo.InteractionModalSubmit, Data: discordgo.ModalSubmitInteractionData{}}, "don't know how to handle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp := b.respond(context.Background(), tc.in)
			if resp.Data.Flags != discordgo.MessageFlagsEphemeral || !strings.Contains(resp.Data.Content, tc.want) {
				t.Errorf("got flags %d, %q; want a private %q", resp.Data.Flags, resp.Data.Content, tc.want)
			}
			if resp.Data.AllowedMentions == nil || resp.Data.AllowedMentions.Parse == nil {
				t.Error("allowed_mentions missing")
			}
		})
	}
	t.Run("direct message", func(t *testing.T) {
		resp := b.respond(context.Background(), dm)
		if len(resp.Data.Embeds) == 0 || userID(dm) != "55" {
			t.Errorf("a DM question is answered for its user: %+v", resp.Data)
		}
	})
}

func TestNewChecksArguments(t *testing.T) {
	tests := []struct {
		name   string
		engine Engine
		opts   Options
	}{
		{"nil engine", nil, Options{}},
		{"negative rate", realIndex(t), Options{RatePerMinute: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(tc.engine, tc.opts); err == nil {
				t.Error("New accepted it")
			}
		})
	}
}
