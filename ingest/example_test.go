package ingest_test

import (
	"fmt"

	"github.com/kg-project/kg/ingest"
)

// A saved web page gives its article: the headline, then the paragraphs,
// without the menu, the cookie banner, the share buttons and the footer.
func ExampleParse_page() {
	page := `<!DOCTYPE html><html><head><title>Ferry terminal approved | Coastal Herald</title>
<link rel="canonical" href="https://coastalherald.example/ferry">
<meta property="article:published_time" content="2024-05-02T09:30:00+01:00"></head>
<body><div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry terminal approved</h1>
<div class="share"><a href="#">Share on Facebook</a></div>
<p>The harbour authority approved a new ferry terminal on Thursday.</p>
<p>Chair Daniel Reyes said it would open in 2026.</p></article>
<footer>&copy; Coastal Herald</footer></body></html>`
	ins, err := ingest.Parse("ferry.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	in := ins[0]
	fmt.Printf("%s | %s | %s\n%s", in.Source, in.URL, in.Published, in.Text)
	// Output:
	// ferry.html | https://coastalherald.example/ferry | 2024-05-02T09:30:00+01:00
	// Ferry terminal approved
	//
	// The harbour authority approved a new ferry terminal on Thursday.
	//
	// Chair Daniel Reyes said it would open in 2026.
}

// A feed gives a document per item, stored under the item's link.
func ExampleParse_feed() {
	feed := `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Finland joins NATO</title><link>https://wire.example/finland</link>
<pubDate>Tue, 04 Apr 2023 12:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Finland joined NATO on Tuesday.</p>]]></content:encoded></item>
<item><title>Sweden waits</title><link>https://wire.example/sweden</link>
<description>Sweden's bid is still blocked.</description></item>
</channel></rss>`
	ins, err := ingest.Parse("wire.xml", []byte(feed))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range ins {
		fmt.Printf("%s (%s): %q\n", in.Source, in.Published, in.Text)
	}
	// Output:
	// https://wire.example/finland (2023-04-04T12:00:00Z): "Finland joins NATO\n\nFinland joined NATO on Tuesday.\n"
	// https://wire.example/sweden (): "Sweden waits\n\nSweden's bid is still blocked.\n"
}
