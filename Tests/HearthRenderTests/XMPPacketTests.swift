import Foundation
import HearthFrame
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import HearthRender

/// The XMP packet says what the Info dictionary says, in XML that parses whatever the case's words hold.
struct XMPPacketTests {
    @Test func itIsWellFormedXMLWhateverTheTitleHolds() throws {
        let meta = DocumentMetadata(
            title: "Mia & Leo's <story> \"2026\"\u{0007}", author: "Sam Okafor, Social Worker", subject: "Words & Pictures",
            keywords: "Signs of Safety", creationDate: "2026-03-12T09:30+01:00", language: "en-GB")
        let xml = try XMLDocument(data: Data(XMPPacket(metadata: meta).bytes))
        func value(_ path: String) throws -> String? { try xml.nodes(forXPath: path).first?.stringValue }
        #expect(try value("//*[local-name()='title']//*[local-name()='li']") == "Mia & Leo's <story> \"2026\"")
        #expect(try value("//*[local-name()='creator']//*[local-name()='li']") == "Sam Okafor, Social Worker")
        #expect(try value("//*[local-name()='part']") == "1")
        #expect(try value("//*[local-name()='language']//*[local-name()='li']") == "en-GB")
        #expect(try value("//*[local-name()='CreateDate']") == "2026-03-12T09:30:00+01:00")
    }

    @Test func datesAgreeWithTheInfoDictionary() {
        for (iso, xmp) in [
            ("2026-03-12", "2026-03-12T00:00:00Z"), ("2026-03-12T09:30:05Z", "2026-03-12T09:30:05Z"),
            ("2026-03-12T09:30-05:30", "2026-03-12T09:30:00-05:30"),
        ] {
            #expect(XMPPacket.xmpDate(PDFWriter.pdfDate(iso)) == xmp)
        }
    }
}
