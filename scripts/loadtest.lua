-- wrk script for scripts/loadtest.sh: API searches rotating over realistic
-- queries (words, phrases, filters, pages, date sort).
-- MIX=repeat cycles through a fixed set of 40 requests, as a few popular
-- searches would; MIX=unique combines words, filters, years and pages at
-- random, so that almost no request repeats an earlier one.

local words = {
  "budsjett", "årsmelding", "informasjonssikkerhet", "legevakt", "beredskap", "kjernejournal",
  "personvern", "smittevern", "fastleger", "klimaplan", "reguleringsplan", "barnevern",
  "journalsystem", "manntall", "internrevisjon", "ventetider", "sykehusbygg", "pasientsikkerhet",
  "skytjenester", "databehandleravtale", "logganalyse", "velferdsteknologi", "avvik", "ambulanse",
  "høring", "veileder", "vedtak", "referat", "styret", "kommunestyret", "godkjent", "oppfølging",
  "handlingsplan", "risikovurdering", "rapport", "tilsyn", "økonomiplan", "årsregnskap",
}
local phrases = {
  '"neste møte"', '"referat godkjent"', '"økonomisk langtidsplan"', '"psykisk helse"',
  '"vann og avløp"', '"heldøgns omsorgsplasser"',
}
local questions = {
  "når ble budsjettet vedtatt", "hva ble vedtatt om legevakt", "vedtak om personvern",
}
local extras = {
  "", "", "", "&kind=minutes", "&kind=presentation", "&kind=guide", "&format=pdf", "&format=docx",
  "&sort=date", "&offset=10", "&offset=20",
}

local function escape(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(t) return t[math.random(#t)] end

local function search(q, extra) return "/api/search?limit=10&q=" .. escape(q) .. extra end

local mix = os.getenv("MIX") or "unique"
local fixed = {}
local n = 0

function setup(thread)
  n = n + 1
  thread:set("id", n)
end

function init(args)
  math.randomseed(os.time() * 100 + (id or 0))
  math.random(); math.random()
  if mix == "repeat" then
    -- the same 40 requests in every thread and every run
    local all = {}
    for _, w in ipairs(words) do all[#all + 1] = w end
    for _, p in ipairs(phrases) do all[#all + 1] = p end
    for _, q in ipairs(questions) do all[#all + 1] = q end
    for i = 1, 40 do
      fixed[i] = search(all[(i * 7) % #all + 1], extras[i % #extras + 1])
    end
  end
end

local i = 0

function request()
  local path
  if mix == "repeat" then
    i = i + 1
    path = fixed[i % #fixed + 1]
  else
    local r = math.random()
    local q
    if r < 0.5 then
      q = pick(words) .. " " .. pick(words)
    elseif r < 0.75 then
      q = pick(words)
    elseif r < 0.9 then
      q = pick(phrases) .. " " .. pick(words)
    else
      q = pick(questions)
    end
    local extra = pick(extras)
    if math.random() < 0.5 then
      extra = extra .. "&from=" .. math.random(2005, 2024) .. "-01-01"
    end
    path = search(q, extra)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT requests=%d errors=%d rps=%.1f p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
