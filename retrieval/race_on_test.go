//go:build race

package retrieval

// raceDetector reports a test binary built with -race, where the quality measurements
// that build dozens of indexes take minutes; CI runs them without it too.
const raceDetector = true
