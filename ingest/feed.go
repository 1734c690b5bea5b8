package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Namespaces of the feed elements kg reads.
const (
	atomNS    = "http://www.w3.org/2005/Atom"
	rss1NS    = "http://purl.org/rss/1.0/"
	contentNS = "http://purl.org/rss/1.0/modules/content/"
	dcNS      = "http://purl.org/dc/elements/1.1/"
)

// xmlFeed is an RSS 2.0 (<rss><channel><item>), RSS 1.0 (<rdf:RDF><item>)
// or Atom (<feed><entry>) document.
type xmlFeed struct {
	XMLName xml.Name
	Channel []struct {
		Items []xmlItem `xml:"item"`
	} `xml:"channel"`
	Items   []xmlItem `xml:"item"`
	Entries []xmlItem `xml:"entry"`
}

// xmlItem is an RSS item or Atom entry: its child elements, picked by
// name and namespace in [feedItem].
type xmlItem struct {
	Fields []xmlField `xml:",any"`
}

type xmlField struct {
	XMLName   xml.Name
	Type      string `xml:"type,attr"`
	Rel       string `xml:"rel,attr"`
	Href      string `xml:"href,attr"`
	PermaLink string `xml:"isPermaLink,attr"`
	Text      string `xml:",chardata"`
	Inner     string `xml:",innerxml"`
}

// get returns the first field with the local name in one of the
// namespaces ("" for none), or nil.
func (it xmlItem) get(name string, spaces ...string) *xmlField {
	for i, f := range it.Fields {
		if f.XMLName.Local != name {
			continue
		}
		for _, ns := range spaces {
			if f.XMLName.Space == ns {
				return &it.Fields[i]
			}
		}
	}
	return nil
}

// plainNS are the namespaces of RSS 2.0, RSS 1.0 and Atom elements.
var plainNS = []string{"", rss1NS, atomNS}

// readFeed returns one input per item of the feed in data, read from
// path. An item with neither title nor text is left out, with a
// [*FileError] for it (path#N, N counting items from 1) joined into the
// error; a feed that cannot be parsed or has no item with text is a
// *FileError for path.
func readFeed(path string, data []byte) ([]Input, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	// Feeds in the wild hold HTML's entities (&nbsp;) and stray end
	// tags; HTML's auto-closed elements are not used, since RSS's <link>
	// has text.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var f xmlFeed
	if err := d.Decode(&f); err != nil {
		return nil, &FileError{Path: path, Err: fmt.Errorf("%w: %v", ErrBadFeed, err)}
	}
	items := f.Items
	for _, c := range f.Channel {
		items = append(items, c.Items...)
	}
	items = append(items, f.Entries...)
	if len(items) == 0 {
		return nil, &FileError{Path: path, Err: fmt.Errorf("%w: the feed has no items", ErrNoText)}
	}
	var (
		ins  []Input
		errs []error
		seen = make(map[string]bool)
	)
	for i, it := range items {
		in := feedItem(it)
		if in.Source == "" || seen[in.Source] {
			in.Source = path + "#" + strconv.Itoa(i+1)
		}
		seen[in.Source] = true
		if strings.TrimSpace(in.Text) == "" {
			errs = append(errs, &FileError{Path: path + "#" + strconv.Itoa(i+1), Err: fmt.Errorf("%w: the item has no title and no content", ErrNoText)})
			continue
		}
		ins = append(ins, in)
	}
	if len(ins) == 0 {
		return nil, &FileError{Path: path, Err: fmt.Errorf("%w: none of its %d items has a title or content", ErrNoText, len(items))}
	}
	return ins, errors.Join(errs...)
}

// wpFooter is the paragraph WordPress adds to each post of its feeds.
var wpFooter = regexp.MustCompile(`\n*The post .+ appeared first on .+\.\n*$`)

// feedItem returns the input an item gives: its title as the first line
// of its text, then its content (content:encoded, Atom content, else the
// description or summary), read as HTML unless the feed says it is text.
// Source is the item's link, or its guid when that is one, or empty.
func feedItem(it xmlItem) Input {
	var in Input
	if t := it.get("title", plainNS...); t != nil {
		in.Title = collapse(fieldText(t))
	}
	for _, l := range it.Fields {
		if l.XMLName.Local != "link" || (l.XMLName.Space != "" && l.XMLName.Space != rss1NS && l.XMLName.Space != atomNS) {
			continue
		}
		href := strings.TrimSpace(l.Href)
		if href == "" {
			href = strings.TrimSpace(l.Text)
		}
		if href != "" && (l.Rel == "" || l.Rel == "alternate") {
			in.URL = href
			break
		}
	}
	if in.URL == "" {
		if g := it.get("guid", ""); g != nil && g.PermaLink != "false" && isURL(g.Text) {
			in.URL = strings.TrimSpace(g.Text)
		} else if id := it.get("id", atomNS); id != nil && isURL(id.Text) {
			in.URL = strings.TrimSpace(id.Text)
		}
	}
	in.Source = in.URL
	for _, date := range []*xmlField{it.get("pubDate", ""), it.get("published", atomNS), it.get("date", dcNS), it.get("updated", atomNS)} {
		if date != nil && strings.TrimSpace(date.Text) != "" {
			in.Published = normalDate(date.Text)
			break
		}
	}
	var body string
	for _, c := range []*xmlField{it.get("encoded", contentNS), it.get("content", atomNS), it.get("description", "", rss1NS), it.get("summary", atomNS)} {
		if c == nil {
			continue
		}
		if body = strings.TrimSpace(fieldText(c)); body != "" {
			break
		}
	}
	body = wpFooter.ReplaceAllString(body, "")
	first, _, _ := strings.Cut(body, "\n")
	switch {
	case in.Title == "" || strings.TrimSpace(first) == in.Title:
		in.Text = body
	case body == "":
		in.Text = in.Title
	default:
		in.Text = in.Title + "\n\n" + body
	}
	if in.Text != "" && !strings.HasSuffix(in.Text, "\n") {
		in.Text += "\n"
	}
	return in
}

// fieldText returns the text of a feed element: Atom's type="text" (the
// default for Atom) as written, type="xhtml" and everything else read as
// HTML.
func fieldText(f *xmlField) string {
	switch strings.ToLower(f.Type) {
	case "xhtml":
		return fragmentText(f.Inner)
	case "text", "text/plain":
		return f.Text
	case "":
		if f.XMLName.Space == atomNS {
			return f.Text
		}
	}
	return fragmentText(f.Text)
}

func isURL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// dateLayouts are the forms of dates in feeds (RFC 822 in RSS, RFC 3339
// in Atom) and pages.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 06 15:04:05 -0700",
}

// normalDate returns the date s in RFC 3339 when it parses as a date and
// time kg knows, as YYYY-MM-DD when it is a bare date, and else as
// written, trimmed.
func normalDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02")
	}
	return s
}
