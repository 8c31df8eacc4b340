package register
import ("testing";"fmt";"time";"context")
func TestZZSize(t *testing.T) {
	r, _ := openTemp(t)
	recs := synthRecords(10000, 10, 15, 1)
	for i := 0; i < len(recs); i += 500 { if err := r.Put(context.Background(), recs[i:i+500]); err != nil { t.Fatal(err) } }
	for _, q := range []string{
		"SELECT count(*) FROM cases WHERE instr(title||' '||proposal||' '||decision, 'informasjonssikkerhet') > 0",
		"SELECT count(*) FROM cases WHERE instr(lower(title||' '||proposal||' '||decision), 'informasjonssikkerhet') > 0",
		"SELECT count(*) FROM cases WHERE (title LIKE '%informasjonssikkerhet%' OR proposal LIKE '%informasjonssikkerhet%' OR decision LIKE '%informasjonssikkerhet%')",
		"SELECT count(*) FROM cases WHERE id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH '\"informasjonssikkerhet\"')",
		"SELECT count(*) FROM cases WHERE id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH '\"økonomi\"')",
	} {
		st := time.Now(); var n int
		for range 5 { r.db.QueryRow(q).Scan(&n) }
		fmt.Println(time.Since(st)/5, n, q[:60])
	}
}
