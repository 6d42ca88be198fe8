package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// maxTrackedUsers bounds the limiter map between sweeps, so a flood of distinct users
// cannot grow memory without limit.
const maxTrackedUsers = 50_000

// userLimiter is a token bucket per Discord user. It is per process: behind a load
// balancer each replica limits on its own, which bounds abuse without shared state.
type userLimiter struct {
	perMinute int
	mu        sync.Mutex
	users     map[string]*userBucket
	lastSweep time.Time
}

type userBucket struct {
	limiter  *rate.Limiter
	lastSeen time.Time
}

func newUserLimiter(perMinute int) *userLimiter {
	return &userLimiter{perMinute: perMinute, users: map[string]*userBucket{}}
}

// allow takes one token for the user at now. When none is left it returns how long until
// one will be.
func (l *userLimiter) allow(user string, now time.Time) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b := l.users[user]
	if b == nil {
		b = &userBucket{limiter: rate.NewLimiter(rate.Every(time.Minute/time.Duration(l.perMinute)), l.perMinute)}
		l.users[user] = b
	}
	b.lastSeen = now
	r := b.limiter.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		// The user will not wait for this token; give it back so retrying later works.
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep forgets users idle for a minute: their bucket has refilled completely, so a new
// one behaves the same.
func (l *userLimiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute && len(l.users) < maxTrackedUsers {
		return
	}
	l.lastSweep = now
	for id, b := range l.users {
		if now.Sub(b.lastSeen) >= time.Minute {
			delete(l.users, id)
		}
	}
	if len(l.users) >= maxTrackedUsers {
		// Everyone is active: forgetting them all is briefly lenient but keeps memory and
		// the cost of sweeping bounded.
		clear(l.users)
	}
}

// tracked is how many users the limiter remembers.
func (l *userLimiter) tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.users)
}
