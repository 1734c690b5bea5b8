package newsgen

// The vocabulary of generated articles. Person names are combinations of
// common given and family names, so a generated person is nobody in
// particular.

type verb struct{ base, past, participle string }

var verbs = []verb{
	{"attack", "attacked", "attacked"},
	{"support", "supported", "supported"},
	{"criticize", "criticized", "criticized"},
	{"oversee", "oversaw", "overseen"},
	{"visit", "visited", "visited"},
	{"sanction", "sanctioned", "sanctioned"},
	{"warn", "warned", "warned"},
	{"fund", "funded", "funded"},
	{"accuse", "accused", "accused"},
	{"command", "commanded", "commanded"},
	{"recognize", "recognized", "recognized"},
	{"condemn", "condemned", "condemned"},
	{"invite", "invited", "invited"},
	{"arm", "armed", "armed"},
	{"train", "trained", "trained"},
	{"lead", "led", "led"},
	{"join", "joined", "joined"},
	{"meet", "met", "met"},
	{"threaten", "threatened", "threatened"},
	{"blockade", "blockaded", "blockaded"},
}

var givenNames = []string{
	"Anna", "Marek", "Sofia", "Daniel", "Amina", "Kenji", "Lucia", "Tomas", "Nadia", "Samuel",
	"Leila", "Viktor", "Grace", "Omar", "Ingrid", "Rafael", "Mei", "Jonas", "Fatima", "Pavel",
	"Elena", "Kwame", "Hana", "Diego", "Yusuf", "Clara", "Arjun", "Olga", "Mateo", "Zainab",
}

var familyNames = []string{
	"Novak", "Okafor", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Ferreira", "Kowalski", "Mensah", "Ivanova",
	"Brennan", "Castillo", "Nakamura", "Rahman", "Petrov", "Osei", "Larsen", "Duarte", "Khalil", "Varga",
	"Schmidt", "Adeyemi", "Horvat", "Quispe", "Sato", "Mwangi", "Dubois", "Aziz", "Kaplan", "Ruiz",
}

var roles = []string{
	"foreign minister", "defence minister", "president", "prime minister", "army chief",
	"interior minister", "ambassador", "trade minister", "chief negotiator", "central bank governor",
}

var countries = []string{
	"France", "Germany", "Poland", "Ukraine", "Russia", "China", "Japan", "India", "Brazil", "Nigeria",
	"Kenya", "Egypt", "Turkey", "Iran", "Israel", "Mexico", "Canada", "Norway", "Finland", "Estonia",
	"Mali", "Niger", "Chad", "Sudan", "Ethiopia", "Indonesia", "Vietnam", "Argentina", "Chile", "Peru",
}

var cities = []string{
	"Geneva", "Vienna", "Nairobi", "Istanbul", "Doha", "Warsaw", "Kyiv", "Jakarta", "Lagos", "Bogota",
	"Helsinki", "Tallinn", "Bamako", "Khartoum", "Addis Ababa", "Cairo", "Brussels", "Oslo", "Lima", "Hanoi",
}

var regions = []string{
	"the Kursk region", "the Black Sea", "the Sahel", "the Baltic Sea", "the Donbas", "the Red Sea",
	"the South China Sea", "the Horn of Africa", "the Caucasus", "the Arctic",
}

var organisations = []string{
	"the United Nations", "NATO", "the European Union", "the African Union", "the World Bank",
	"the International Monetary Fund", "the Red Cross", "the World Health Organization", "ASEAN",
	"the International Atomic Energy Agency", "the World Food Programme", "OPEC",
}

var groupNames = []string{
	"rebel fighters", "government troops", "peacekeepers", "border guards", "protesters",
	"naval forces", "militia groups", "special forces", "coast guard units", "aid workers",
}

var sources = []string{"officials", "witnesses", "the ministry", "state media", "diplomats", "analysts"}

var topics = []string{
	"grain exports", "a ceasefire", "border security", "steel tariffs", "energy supplies",
	"prisoner exchanges", "nuclear inspections", "refugee flows", "debt relief", "naval patrols",
}

var events = []string{
	"a disputed election", "a missile test", "a border clash", "a cyber attack", "a coup",
	"the seizure of a tanker", "the arrest of a journalist", "a drone strike",
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

var states = []string{"gathering", "advancing", "retreating", "stationed", "trapped", "regrouping"}

var moves = []string{"sent", "moved", "withdrew", "redeployed", "pledged"}

var headlineNouns = []string{"troops", "talks", "sanctions", "deal", "aid", "exports"}

var headlineTails = []string{"stall", "resume", "expand", "draw criticism", "face delays", "in focus"}
