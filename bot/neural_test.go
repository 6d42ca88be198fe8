package bot

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/internal/embedtest"
	"github.com/articlebot/articlebot/retrieval"
)

// TestEmbeddingModelDown answers /ask from an index ranked by a neural model whose server
// fails for a while: the user gets a short private message, and the bot answers again
// once the server does.
func TestEmbeddingModelDown(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	articles, err := retrieval.LoadDocuments(docs.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.NewIndex(context.Background(), articles, retrieval.WithNeuralModel(retrieval.NeuralModel{
		Provider: retrieval.ProviderOllama, URL: srv.OllamaURL(), Model: "toy", RetryDeadline: 200 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	b := newTestBot(t, ix, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})

	srv.FailNext(503) // the first retry would come after the deadline: one try only
	resp := b.respond(context.Background(), askInteraction("1", "7", "Did Iran help the U.S. at Bonn?"))
	if resp.Data == nil || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 ||
		!strings.Contains(resp.Data.Content, "can't reach the embedding model") || len(resp.Data.Embeds) != 0 {
		t.Fatalf("response while the model is down: %+v", resp.Data)
	}
	if !strings.Contains(logs.String(), "503 Service Unavailable") {
		t.Errorf("the failure was not logged: %q", logs.String())
	}

	// The toy model knows no meaning, so the passage about Bonn need not come first
	// (retrieval's TestRankings checks that fusion keeps it in the first three).
	resp = b.respond(context.Background(), askInteraction("2", "8", "Did Iran help the U.S. at Bonn?"))
	if resp.Data == nil || !slices.ContainsFunc(resp.Data.Embeds, func(e *discordgo.MessageEmbed) bool { return strings.Contains(e.Description, "Bonn") }) {
		t.Errorf("no answer once the model is back: %+v", resp.Data)
	}
}
