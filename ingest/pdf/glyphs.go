package pdf

import (
	"strconv"
	"strings"
)

// The encodings of simple fonts (ISO 32000-1, annex D) and the glyph names
// that /Differences arrays use. Codes 32 to 126 are ASCII in all three
// encodings but for StandardEncoding's curly quotes at 0x27 and 0x60.

// asciiGlyphs are the glyph names of codes 32 to 126.
var asciiGlyphs = strings.Fields(`space exclam quotedbl numbersign dollar percent ampersand quotesingle
parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight
nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v
w x y z braceleft bar braceright asciitilde`)

// latin1Glyphs are the glyph names of Latin-1 codes 160 to 255.
var latin1Glyphs = strings.Fields(`nbspace exclamdown cent sterling currency yen brokenbar section dieresis
copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron degree plusminus twosuperior
threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter
onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave
Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex
Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute
acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex
idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex
udieresis yacute thorn ydieresis`)

// otherGlyphs are the common glyph names outside ASCII and Latin-1.
var otherGlyphs = map[string]rune{
	"quoteleft": '‘', "quoteright": '’', "quotedblleft": '“', "quotedblright": '”',
	"quotesinglbase": '‚', "quotedblbase": '„', "quotereversed": '‛', "guilsinglleft": '‹',
	"guilsinglright": '›', "endash": '–', "emdash": '—', "figuredash": '‒', "afii00208": '―',
	"bullet": '•', "ellipsis": '…', "dagger": '†', "daggerdbl": '‡', "perthousand": '‰',
	"trademark": '™', "Euro": '€', "florin": 'ƒ', "circumflex": 'ˆ', "tilde": '˜', "OE": 'Œ',
	"oe": 'œ', "Scaron": 'Š', "scaron": 'š', "Zcaron": 'Ž', "zcaron": 'ž', "Ydieresis": 'Ÿ',
	"fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ', "dotlessi": 'ı', "Lslash": 'Ł',
	"lslash": 'ł', "fraction": '⁄', "minus": '−', "breve": '˘', "dotaccent": '˙', "ring": '˚',
	"ogonek": '˛', "caron": 'ˇ', "hungarumlaut": '˝', "nonbreakingspace": ' ', "middot": '·',
	"Delta": '∆', "Omega": 'Ω', "pi": 'π', "notequal": '≠', "lessequal": '≤', "greaterequal": '≥',
	"infinity": '∞', "partialdiff": '∂', "summation": '∑', "product": '∏', "integral": '∫',
	"radical": '√', "approxequal": '≈', "lozenge": '◊', "arrowright": '→', "arrowleft": '←',
	"Gcaron": 'Ğ', "gcaron": 'ğ', "Idotaccent": 'İ', "Scedilla": 'Ş', "scedilla": 'ş',
	"Cacute": 'Ć', "cacute": 'ć', "Ccaron": 'Č', "ccaron": 'č', "Nacute": 'Ń', "nacute": 'ń',
	"Sacute": 'Ś', "sacute": 'ś', "Zacute": 'Ź', "zacute": 'ź', "Zdotaccent": 'Ż', "zdotaccent": 'ż',
	"Aogonek": 'Ą', "aogonek": 'ą', "Eogonek": 'Ę', "eogonek": 'ę', "Ecaron": 'Ě', "ecaron": 'ě',
	"Rcaron": 'Ř', "rcaron": 'ř', "Uring": 'Ů', "uring": 'ů', "Ohungarumlaut": 'Ő', "ohungarumlaut": 'ő',
	"Uhungarumlaut": 'Ű', "uhungarumlaut": 'ű', "Dcroat": 'Đ', "dcroat": 'đ', "Amacron": 'Ā', "amacron": 'ā',
	"Emacron": 'Ē', "emacron": 'ē', "Imacron": 'Ī', "imacron": 'ī', "Omacron": 'Ō', "omacron": 'ō',
	"Umacron": 'Ū', "umacron": 'ū', "alpha": 'α', "beta": 'β', "gamma": 'γ', "delta": 'δ', "mu1": 'µ',
}

// glyphRune returns the text of a glyph name: a name of the tables above,
// "uniXXXX" or "uXXXX[XX]", or such a name with a suffix (".sc", ".alt")
// or ligature parts joined by "_" ("f_f_i"); "" when it is unknown.
func glyphRune(name string) string {
	if base, _, ok := strings.Cut(name, "."); ok && base != "" {
		name = base
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphRune(part))
		}
		return b.String()
	}
	for i, g := range asciiGlyphs {
		if g == name {
			return string(rune(32 + i))
		}
	}
	for i, g := range latin1Glyphs {
		if g == name {
			switch i {
			case 0:
				return " "
			case 13:
				return "-" // the soft hyphen, shown
			}
			return string(rune(160 + i))
		}
	}
	if r, ok := otherGlyphs[name]; ok {
		return string(r)
	}
	hexRune := func(h string) string {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil || v > 0x10ffff || v >= 0xd800 && v < 0xe000 {
			return ""
		}
		return string(rune(v))
	}
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			b.WriteString(hexRune(name[i : i+4]))
		}
		return b.String()
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		return hexRune(name[1:])
	}
	return ""
}

// winAnsiHigh are WinAnsiEncoding's codes 128 to 159; 160 to 255 are
// Latin-1's.
var winAnsiHigh = []rune("€\x00‚ƒ„…†‡ˆ‰Š‹Œ\x00Ž\x00\x00‘’“”•–—˜™š›œ\x00žŸ")

// macRomanHigh are MacRomanEncoding's codes 128 to 255.
var macRomanHigh = []rune("ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
	"¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\x00ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ")

// standardHigh are StandardEncoding's codes above 160 that it defines.
var standardHigh = map[byte]rune{
	0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§', 0xA8: '¤', 0xA9: '\'',
	0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ', 0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡',
	0xB4: '·', 0xB6: '¶', 0xB7: '•', 0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰',
	0xBF: '¿', 0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙', 0xC8: '¨',
	0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—', 0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł',
	0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ', 0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
}

// baseEncoding returns the text of the 256 codes of a named encoding:
// WinAnsiEncoding, MacRomanEncoding, or otherwise StandardEncoding.
func baseEncoding(name pdfName) [256]string {
	var enc [256]string
	for c := 32; c < 127; c++ {
		enc[c] = string(rune(c))
	}
	switch name {
	case "WinAnsiEncoding":
		for i, r := range winAnsiHigh {
			if r != 0 {
				enc[128+i] = string(r)
			}
		}
		for c := 160; c < 256; c++ {
			enc[c] = string(rune(c))
		}
		enc[160], enc[173] = " ", "-"
	case "MacRomanEncoding":
		for i, r := range macRomanHigh {
			if r != 0 {
				enc[128+i] = string(r)
			}
		}
	default:
		enc[0x27], enc[0x60] = "’", "‘"
		for c, r := range standardHigh {
			enc[c] = string(r)
		}
	}
	return enc
}
