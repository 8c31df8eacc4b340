package zipxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// ooxmlMain maps the content type of an OOXML main part, without its
// "application/vnd." prefix, to a format name.
var ooxmlMain = map[string]string{
	"openxmlformats-officedocument.wordprocessingml.document.main+xml":   "docx",
	"openxmlformats-officedocument.wordprocessingml.template.main+xml":   "docx",
	"ms-word.document.macroenabled.main+xml":                             "docx",
	"ms-word.template.macroenabledtemplate.main+xml":                     "docx",
	"openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
	"openxmlformats-officedocument.presentationml.slideshow.main+xml":    "pptx",
	"openxmlformats-officedocument.presentationml.template.main+xml":     "pptx",
	"ms-powerpoint.presentation.macroenabled.main+xml":                   "pptx",
	"ms-powerpoint.slideshow.macroenabled.main+xml":                      "pptx",
	"ms-powerpoint.template.macroenabled.main+xml":                       "pptx",
	"openxmlformats-officedocument.spreadsheetml.sheet.main+xml":         "xlsx",
	"openxmlformats-officedocument.spreadsheetml.template.main+xml":      "xlsx",
	"ms-excel.sheet.macroenabled.main+xml":                               "xlsx",
	"ms-excel.template.macroenabled.main+xml":                            "xlsx",
}

// odfTypes maps an ODF media type to a format name.
var odfTypes = map[string]string{
	"application/vnd.oasis.opendocument.text":                  "odt",
	"application/vnd.oasis.opendocument.text-template":         "odt",
	"application/vnd.oasis.opendocument.presentation":          "odp",
	"application/vnd.oasis.opendocument.presentation-template": "odp",
	"application/vnd.oasis.opendocument.spreadsheet":           "ods",
	"application/vnd.oasis.opendocument.spreadsheet-template":  "ods",
}

// ContainerType names the format of a ZIP container from its contents:
// docx, pptx, xlsx, odt, odp or ods. A ZIP of another kind gives an error
// wrapping doc.ErrUnsupported; a file that is no ZIP one wrapping
// doc.ErrCorrupt.
func ContainerType(r io.ReaderAt, size int64) (string, error) {
	a, err := Open(r, size, doc.DefaultLimits)
	if err != nil {
		return "", err
	}
	if f, ok := a.ODFType(); ok {
		return f, nil
	}
	if f, err := a.ooxmlType(); f != "" || err != nil {
		return f, err
	}
	return "", fmt.Errorf("zip holds no office document: %w", doc.ErrUnsupported)
}

// ODFType returns the format an ODF package declares in its mimetype entry,
// or else in its manifest.
func (a *Archive) ODFType() (string, bool) {
	if b, err := a.ReadAll("mimetype"); err == nil {
		f, ok := odfTypes[strings.TrimSpace(string(b))]
		return f, ok
	}
	mt, err := a.manifestRootType()
	if err != nil {
		return "", false
	}
	f, ok := odfTypes[mt]
	return f, ok
}

// manifestRootType reads the media type of "/" in META-INF/manifest.xml.
func (a *Archive) manifestRootType() (string, error) {
	var mt string
	err := a.Walk("META-INF/manifest.xml", func(d *Decoder, se xml.StartElement) error {
		if se.Name.Local == "file-entry" && Attr(se, "full-path") == "/" {
			mt = Attr(se, "media-type")
		}
		return nil
	})
	return mt, err
}

func (a *Archive) ooxmlType() (string, error) {
	var format string
	err := a.Walk("[Content_Types].xml", func(d *Decoder, se xml.StartElement) error {
		ct := strings.TrimPrefix(strings.ToLower(Attr(se, "ContentType")), "application/vnd.")
		if f, ok := ooxmlMain[ct]; ok && se.Name.Local == "Override" && format == "" {
			format = f
		}
		return nil
	})
	if errors.Is(err, doc.ErrCorrupt) || errors.Is(err, doc.ErrLimit) {
		return "", err
	}
	return format, nil
}
