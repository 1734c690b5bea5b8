package extract

import "strings"

// irregularVerbs maps inflected forms of irregular English verbs to their
// base form. It is built once by [New] and only read afterwards.
func irregularVerbs() map[string]string {
	m := make(map[string]string, 400)
	for _, line := range []string{
		"be is am are was were been being 's 're 'm",
		"have has had having 've 'd",
		"do does did done doing",
		"go goes went gone going",
		"say says said", "make makes made", "take takes took taken",
		"come comes came", "see sees saw seen", "know knows knew known",
		"get gets got gotten", "give gives gave given", "find finds found",
		"think thinks thought", "tell tells told", "become becomes became",
		"leave leaves left", "feel feels felt", "bring brings brought",
		"begin begins began begun", "keep keeps kept", "hold holds held",
		"write writes wrote written", "stand stands stood", "hear hears heard",
		"mean means meant", "meet meets met", "run runs ran running",
		"pay pays paid", "sit sits sat", "speak speaks spoke spoken",
		"lie lies lay lain lying", "lead leads led", "grow grows grew grown",
		"lose loses lost", "fall falls fell fallen", "send sends sent",
		"build builds built", "understand understands understood",
		"draw draws drew drawn", "break breaks broke broken",
		"spend spends spent", "rise rises rose risen", "drive drives drove driven",
		"buy buys bought", "wear wears wore worn", "choose chooses chose chosen choosing",
		"seek seeks sought", "throw throws threw thrown", "catch catches caught",
		"deal deals dealt", "win wins won winning", "forget forgets forgot forgotten",
		"sell sells sold", "fight fights fought", "teach teaches taught",
		"eat eats ate eaten", "sing sings sang sung", "fly flies flew flown",
		"hang hangs hung", "shake shakes shook shaken", "ride rides rode ridden",
		"strike strikes struck stricken", "swim swims swam swum",
		"steal steals stole stolen", "freeze freezes froze frozen",
		"forbid forbids forbade forbidden", "bear bears bore borne",
		"tear tears tore torn", "swear swears swore sworn", "bite bites bit bitten",
		"hide hides hid hidden", "shoot shoots shot", "feed feeds fed",
		"flee flees fled", "bind binds bound", "light lights lit",
		"slide slides slid", "spin spins spun", "stick sticks stuck",
		"sting stings stung", "swing swings swung", "wind winds wound",
		"dig digs dug", "lend lends lent", "bend bends bent", "weep weeps wept",
		"sleep sleeps slept", "sweep sweeps swept", "creep creeps crept",
		"leap leaps leapt", "deem deems deemed", "arise arises arose arisen",
		"awake awakes awoke awoken", "overcome overcomes overcame",
		"undertake undertakes undertook undertaken", "withdraw withdraws withdrew withdrawn",
		"overtake overtakes overtook overtaken", "oversee oversees oversaw overseen",
		"foresee foresees foresaw foreseen", "mislead misleads misled",
		"rebuild rebuilds rebuilt", "retake retakes retook retaken",
		"lay lays laid", "set sets setting", "put puts putting", "cut cuts cutting",
		"let lets letting", "hit hits hitting", "cost costs", "hurt hurts",
		"quit quits", "spread spreads", "shut shuts shutting", "split splits splitting",
		"bet bets", "cast casts", "broadcast broadcasts", "forecast forecasts",
		"upset upsets", "read reads", "beat beats beaten", "bid bids",
		"die dies died dying", "tie ties tied tying", "vie vies vied vying", "see sees", "sue sues sued suing", "show shows showed shown", "blow blows blew blown", "prove proves proved proven", "learn learns learnt",
		"agree agrees agreed", "free frees freed", "flee flees",
		"use uses used using", "age ages aged aging ageing", "eye eyes eyed eyeing",
		"focus focuses focused focusing focussed focussing", "bias biases biased",
		"sink sinks sank sunk", "shrink shrinks shrank shrunk", "slay slays slew slain",
		"withhold withholds withheld", "uphold upholds upheld", "spring springs sprang sprung",
		"weave weaves wove woven", "stride strides strode stridden", "shine shines shone",
		"overthrow overthrows overthrew overthrown", "mistake mistakes mistook mistaken",
		"forgive forgives forgave forgiven", "overrun overruns overran", "override overrides overrode overridden",
		"rewrite rewrites rewrote rewritten", "undo undoes undid undone", "redo redoes redid redone",
		"bleed bleeds bled", "breed breeds bred", "speed speeds sped", "ring rings rang rung",
		"drink drinks drank drunk", "stink stinks stank stunk", "cling clings clung", "fling flings flung",
		"sling slings slung", "wring wrings wrung", "string strings strung", "forsake forsakes forsook forsaken",
		"wake wakes woke woken", "strive strives strove striven", "dive dives dove",
		"kneel kneels knelt", "dwell dwells dwelt", "shed sheds", "rid rids", "thrust thrusts",
		"outbid outbids", "offset offsets", "input inputs",
	} {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}

// base returns the base form of the verb w (lowercase) with tag tag.
func (x *Extractor) base(w, tag string) string {
	if (tag == "VB" || tag == "VBP") && baseHomographs[w] {
		return w // "to found a company", not find
	}
	if b, ok := x.irregular[w]; ok {
		return b
	}
	switch tag {
	case "VBZ":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
			strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(w, "ied") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "eed"):
			return w[:len(w)-1]
		case strings.HasSuffix(w, "ed") && len(w) > 4:
			return restoreStem(w[:len(w)-2])
		case strings.HasSuffix(w, "ed") && len(w) == 4:
			return w[:len(w)-1] // "used", "aged"
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") && len(w) > 5 {
			return restoreStem(w[:len(w)-3])
		}
	}
	return w
}

// baseHomographs are base forms of regular verbs spelled like the past of
// an irregular one: "found" (find), "wound" (wind).
var baseHomographs = map[string]bool{"found": true, "wound": true}

// restoreStem turns the stem left by removing "-ed" or "-ing" into a base
// form: it undoes consonant doubling ("stirr" -> "stir") and puts back a
// final "e" where English spelling dropped it ("corroborat" ->
// "corroborate").
func restoreStem(s string) string {
	n := len(s)
	if n < 3 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && !vowel(last) {
		switch {
		case last == 's' || last == 'f' || last == 'z' || n <= 3:
			return s // "pass", "staff", "buzz", "add"
		case last == 'l' && (n <= 4 || syllables(s[:n-2]) == 1):
			return s // "kill", "call", "shell", "drill", "stall"
		case keepsDouble(s):
			return s // "boycott", "install"
		}
		return s[:n-1] // "stirr", "plann", "travell"
	}
	if dropsFinalE(s) {
		return s + "e"
	}
	// A one-syllable consonant-vowel-consonant stem usually had an "e":
	// "us(e)", "vot(e)", "bas(e)", "strik(e)", "smok(e)"; without one its
	// consonant would have been doubled ("stopp").
	if (n <= 4 || syllables(s) == 1) && !vowel(last) && vowel(prev) && !vowel(s[n-3]) && last != 'w' && last != 'x' && last != 'y' && (n == 3 || !vowel(s[0])) {
		return s + "e"
	}
	return s
}

// dropsFinalE reports whether a stem ending as s had lost a final "e"
// before "-ed" or "-ing".
func dropsFinalE(s string) bool {
	n := len(s)
	switch s[n-1] {
	case 'c', 'u', 'v':
		return true // "voic(e)", "argu(e)", "involv(e)"
	case 'z':
		if vowel(s[n-2]) {
			return true // "seiz(e)", "freez(e)", "amaz(e)"
		}
	}
	if stems := finalEStemsBy[s[n-1]]; len(stems) > 0 {
		for _, stem := range stems {
			if strings.HasSuffix(s, stem) {
				return true // "-ore", "-unge" and "-ite" verbs and other stems whose e the rules below cannot tell; "monitor", "visit" keep no "e"
			}
		}
	}
	if end := s[n-2:]; end == "il" && !vowel(s[n-3]) && !strings.HasSuffix(s, "encil") && !strings.HasSuffix(s, "fulfil") && !strings.HasSuffix(s, "imperil") {
		return true // "exil(e)", "reconcil(e)"; "fail", "boil" and "pencil" keep no "e"
	}
	if s[n-1] == 't' && s[n-2] == 'a' && n > 3 && (s[n-3] == 'i' || s[n-3] == 'u') {
		return true // "retaliat(e)", "evacuat(e)"; "treat", "float" keep no "e"
	}
	if s[n-1] == 'd' && (s[n-2] == 'e' || s[n-2] == 'o') && n > 3 && !vowel(s[n-3]) {
		return true // "conced(e)", "explod(e)"; "need", "flood" keep no "e"
	}
	if strings.HasSuffix(s, "uir") {
		return true // "acquir(e)", "requir(e)"
	}
	for _, end := range []string{"iat", "uat", "ieg", "creat"} {
		if strings.HasSuffix(s, end) {
			return true // "mediat(e)", "negotiat(e)", "evaluat(e)", "besieg(e)", "creat(e)"
		}
	}
	end2 := s[n-2:]
	if strings.HasSuffix(s, "debut") {
		return false // "debuted": "-ut" verbs otherwise had an e ("execut(e)")
	}
	if end2 == "tr" {
		return true // "centr(e)", "reconnoitr(e)": British "-re" verbs
	}
	if end2 == "ip" && syllables(s) > 1 {
		return false // "worship", "equip"; "wip(e)", "strip(e)" have one syllable
	}
	switch end2 {
	case "bl", "pl", "tl", "dl", "gl", "kl", "fl", "cl", "rc", "nc", "lv", "rv", "rg", "lg", "dg", "yz", "ys", "ps", "us", "as", "is", "rs", "ns", "cr", "ws", "ls":
		return true
	case "at", "iz", "iv", "ev", "ov", "av", "uc", "ud", "ad", "ur", "ir", "ut", "os", "ag", "id", "ip", "ib", "ul", "ol", "ic", "ot", "ok", "ak", "uk", "ar", "ac", "ap", "om", "um", "in", "am":
		// "appear", "look", "avoid", "load" keep no "e"; the "u" of "qu"
		// is a consonant ("quot(e)").
		return !vowel(s[n-3]) || s[n-3] == 'u' && n > 3 && s[n-4] == 'q'
	}
	return strings.HasSuffix(s, "ang") || strings.HasSuffix(s, "eng")
}

// finalEStems are the stems dropsFinalE lists one by one.
var finalEStems = []string{
	"explor", "ignor", "restor", "deplor", "implor", "ador", "lung", "invit", "excit", "unit", "ignit", "recit", "incit",
	"extradit", "expedit", "creat", "complet", "deplet", "compet", "delet", "condon", "phon", "postpon", "thron", "aton", "clon",
	"interfer", "adher", "coher", "persever", "interven", "conven", "contraven", "alleg", "suad", "guid", "nam", "lik", "sieg",
}

// finalEStemsBy lists finalEStems by their last byte: a stem can end s
// only if s ends in that byte, so dropsFinalE tries those alone instead of
// every stem (a stem ending in another byte needs no look at the list).
var finalEStemsBy = func() (m [256][]string) {
	for _, stem := range finalEStems {
		m[stem[len(stem)-1]] = append(m[stem[len(stem)-1]], stem)
	}
	return m
}()

// syllables counts the groups of vowels in s.
func syllables(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if vowel(s[i]) && (i == 0 || !vowel(s[i-1])) {
			n++
		}
	}
	return n
}

// keepsDouble reports whether a stem ending in a doubled consonant is
// itself the base form in a word of several syllables: "boycott",
// "install", "recall".
func keepsDouble(s string) bool {
	for _, w := range []string{"boycott", "install", "recall", "stall", "enthrall", "befall", "fulfill", "distill", "instill", "enroll", "embarrass"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func vowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
