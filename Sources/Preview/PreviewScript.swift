/// The one script of a preview page (the normal handouts have none): it listens to the
/// server's events, shows which cell of this lesson is running, and reloads the page when
/// the lesson's new results are in (keeping the scroll position).
enum PreviewScript {
    /// The page's HTML with the script before `</body>` (or at the end). `lesson` is the
    /// page's lesson name, or nil for the index, which reloads after any lesson.
    static func inject(into html: String, lesson: String?) -> String {
        let script = "<script>\n" + source(lesson: lesson) + "</script>\n"
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        var page = html
        page.insert(contentsOf: script, at: end.lowerBound)
        return page
    }

    static func source(lesson: String?) -> String {
        let name = lesson.map(EventJSON.string) ?? "null"
        return """
        (function () {
          "use strict";
          var lesson = \(name);
          var key = "lesson-preview-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, +saved); }
          var bar = document.createElement("div");
          bar.setAttribute("role", "status");
          bar.style.cssText = "position:fixed;right:1em;bottom:1em;padding:.4em .8em;border-radius:.4em;" +
            "font:13px/1.4 system-ui,sans-serif;background:#222;color:#fff;opacity:.9;z-index:9;display:none";
          document.body.appendChild(bar);
          var marked = null;
          function show(text) { bar.textContent = text; bar.style.display = text ? "block" : "none"; }
          function mark(id) {
            if (marked) { marked.style.outline = ""; }
            marked = id ? document.getElementById(id) : null;
            if (marked) { marked.style.outline = "2px solid #e8a33d"; }
          }
          var events = new EventSource("/events");
          events.addEventListener("running", function (e) {
            var d = JSON.parse(e.data);
            if (lesson !== null && d.lesson !== lesson) { return; }
            show("running " + d.lesson + ": cell " + d.cell + " of " + d.cells + " (line " + d.line + ")");
            mark(lesson !== null ? "cell-" + d.cell : null);
          });
          events.addEventListener("reload", function (e) {
            var d = JSON.parse(e.data);
            if (lesson !== null && d.lesson !== lesson) { return; }
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          });
          events.onerror = function () { show("preview server stopped"); };
          events.onopen = function () { show(""); };
        })();

        """
    }
}
