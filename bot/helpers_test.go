package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/retrieval"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/bot")

// testNow is the fixed clock of test bots, so retry times in golden files do not move.
var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// shippedIndex builds the index of the shipped article once for all tests.
var shippedIndex = sync.OnceValues(func() (*retrieval.Index, error) {
	ds, err := retrieval.LoadDocuments(docs.FS)
	if err != nil {
		return nil, err
	}
	return retrieval.NewIndex(context.Background(), ds)
})

func realIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	ix, err := shippedIndex()
	if err != nil {
		t.Fatalf("build index of the shipped article: %v", err)
	}
	return ix
}

// newTestBot returns a bot over engine with a fixed clock.
func newTestBot(t testing.TB, engine Engine, opts Options) *Bot {
	t.Helper()
	b, err := New(engine, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	b.now = func() time.Time { return testNow }
	return b
}

// checkGolden compares got (JSON) with testdata/bot/name, rewriting it under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, got, "", "  "); err != nil {
		t.Fatalf("golden %s: not JSON: %v\n%s", name, err, got)
	}
	pretty.WriteByte('\n')
	path := filepath.Join("..", "testdata", "bot", name)
	if *update {
		if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./bot -update to create it): %v", err)
	}
	if !bytes.Equal(pretty.Bytes(), want) {
		t.Errorf("%s differs from the golden file (run go test ./bot -update if the change is intended)\ngot:\n%s\nwant:\n%s", name, pretty.Bytes(), want)
	}
}

// Interactions as Discord sends them.

func member(id string) *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: id, Username: "user" + id}}
}

func commandInteraction(id, user string, data discordgo.ApplicationCommandInteractionData) *discordgo.Interaction {
	return &discordgo.Interaction{ID: id, AppID: "100", Type: discordgo.InteractionApplicationCommand, Token: "tok-" + id,
		GuildID: "200", ChannelID: "300", Member: member(user), Data: data, Version: 1}
}

func askInteraction(id, user, question string, extra ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	opts := append([]*discordgo.ApplicationCommandInteractionDataOption{
		{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: question},
	}, extra...)
	return commandInteraction(id, user, discordgo.ApplicationCommandInteractionData{ID: "c1", Name: cmdAsk,
		CommandType: discordgo.ChatApplicationCommand, Options: opts})
}

func simpleCommand(id, user, name string) *discordgo.Interaction {
	return commandInteraction(id, user, discordgo.ApplicationCommandInteractionData{ID: "c-" + name, Name: name,
		CommandType: discordgo.ChatApplicationCommand})
}

func quotesInteraction(id, user, speaker string) *discordgo.Interaction {
	return commandInteraction(id, user, discordgo.ApplicationCommandInteractionData{ID: "c2", Name: cmdQuotes,
		CommandType: discordgo.ChatApplicationCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "speaker", Type: discordgo.ApplicationCommandOptionString, Value: speaker},
		}})
}

func autocompleteInteraction(id, user, typed string) *discordgo.Interaction {
	i := commandInteraction(id, user, discordgo.ApplicationCommandInteractionData{ID: "c2", Name: cmdQuotes,
		CommandType: discordgo.ChatApplicationCommand, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "speaker", Type: discordgo.ApplicationCommandOptionString, Value: typed, Focused: true},
		}})
	i.Type = discordgo.InteractionApplicationCommandAutocomplete
	return i
}

func messageCommand(id, user, text string) *discordgo.Interaction {
	return commandInteraction(id, user, discordgo.ApplicationCommandInteractionData{ID: "c3", Name: cmdAskMessage,
		CommandType: discordgo.MessageApplicationCommand, TargetID: "900",
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{
			"900": {ID: "900", ChannelID: "300", Content: text, Author: &discordgo.User{ID: "42", Username: "someone"}},
		}}})
}

// buttonInteraction is a press of the button customID on the message the bot sent, which
// Discord includes.
func buttonInteraction(id, user, customID string, msg *discordgo.Message) *discordgo.Interaction {
	return &discordgo.Interaction{ID: id, AppID: "100", Type: discordgo.InteractionMessageComponent, Token: "tok-" + id,
		GuildID: "200", ChannelID: "300", Member: member(user), Message: msg, Version: 1,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

// sentMessage is the message Discord shows for a response, as a later button press
// carries it.
func sentMessage(resp *discordgo.InteractionResponse) *discordgo.Message {
	return &discordgo.Message{ID: "700", ChannelID: "300", Content: resp.Data.Content, Embeds: resp.Data.Embeds,
		Author: &discordgo.User{ID: "100", Bot: true}}
}

// buttons lists the buttons of a response.
func buttons(resp *discordgo.InteractionResponse) []discordgo.Button {
	var out []discordgo.Button
	for _, c := range resp.Data.Components {
		if row, ok := c.(discordgo.ActionsRow); ok {
			for _, rc := range row.Components {
				if btn, ok := rc.(discordgo.Button); ok {
					out = append(out, btn)
				}
			}
		}
	}
	return out
}
