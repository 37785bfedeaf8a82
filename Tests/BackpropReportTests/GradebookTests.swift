import BackpropCheck
import BackpropCore
import BackpropRender
@testable import BackpropReport
import Foundation
import Testing

/// The outputs graders take: a CSV row per file, and Gradescope's results.json.
@Suite struct GradebookTests {
    static let sheet = try? CheckRenderingTests.sheet("net_h1 = 0.3775\nnet_o1 = 0.5059\nw5+ = 0\nxy = 1\n")

    @Test func csvHasARowPerFileAndQuotesWhatItMust() throws {
        let sheet = try #require(Self.sheet)
        let csv = CheckCSVRenderer().render([
            .checked(sheet), .unreadable(source: "odd, \"name\".txt", message: "odd: no such file"),
        ])
        let rows = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 4 && rows[3].isEmpty)
        #expect(rows[0] == "file,network,score,max_score,correct,carried,wrong,slips,too_imprecise,unreadable,unknown,repeated,not_asked,blank,first_mistake,first_mistake_line,slip,note,error")
        // w5+ = 0 is wrong, not imprecise: a 0 written for a value that is not 0.
        #expect(rows[1] == "a,options,1,59,1,0,2,2,0,0,1,0,0,0,net_o1,2,bias-left-out,,")
        #expect(rows[2] == "\"odd, \"\"name\"\".txt\",,,,,,,,,,,,,,,,,,odd: no such file")
        #expect(rows.dropLast().allSatisfy { $0.filter { $0 == "," }.count >= 18 })
    }

    @Test func gradescopeHasOneTestPerTerm() throws {
        let sheet = try #require(Self.sheet)
        let json = GradescopeRenderer(format: NumberFormat(digits: 9), options: CheckRenderingTests.names).render(sheet)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["score"] as? Int == 1)
        #expect(object["output_format"] as? String == "text")
        #expect((object["output"] as? String)?.hasPrefix("Checking a against one step") == true)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 59)
        #expect(tests.map { $0["max_score"] as? Int }.allSatisfy { $0 == 1 })
        #expect(tests.compactMap { $0["score"] as? Int }.reduce(0, +) == 1)
        let netO1 = try #require(tests.first { $0["name"] as? String == "net_o1" })
        #expect(netO1["status"] as? String == "failed")
        #expect((netO1["output"] as? String)?.hasPrefix("line 2: net_o1 = 0.5059: wrong, expected 1.1059. The bias was left out") == true)
        #expect(tests.first?["status"] as? String == "passed")
        #expect(tests.first?["number"] as? String == "1")
        #expect(tests.last { $0["name"] as? String == "w5+" }?["output"] as? String == "line 3: w5+ = 0: wrong, expected 0.359")
        #expect(tests[1]["output"] as? String == "not answered")
        let failed = GradescopeRenderer(format: NumberFormat(digits: 9), options: CheckRenderingTests.names)
            .render(source: "s.txt", error: "s.txt: not UTF-8 text")
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(failed.utf8)) as? [String: Any])
        #expect(empty["score"] as? Int == 0)
        #expect((empty["tests"] as? [Any])?.isEmpty == true)
    }
}
