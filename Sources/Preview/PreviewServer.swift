import Foundation
import Hummingbird
import Lesson
import Logging
import NIOCore
import ServiceLifecycle

/// `lesson preview`: serves a lesson's or a course's pages over HTTP, re-runs a lesson
/// when it or its data changes, and reloads the open pages through server-sent events.
/// Ctrl-C (SIGINT) or SIGTERM stops it gracefully.
public struct PreviewServer: Sendable {
    public let configuration: PreviewConfiguration

    public init(configuration: PreviewConfiguration) {
        self.configuration = configuration
    }

    /// Serves until the process gets SIGINT or SIGTERM; throws `PreviewError` when it cannot start.
    public func run() async throws {
        let configuration = self.configuration
        guard FileManager.default.fileExists(atPath: configuration.path) else {
            throw PreviewError("\(configuration.path): error: no such file or folder")
        }
        if configuration.isCourse && configuration.lessonPaths().isEmpty {
            throw PreviewError("\(configuration.path): error: no lessons (*.md files) in this folder")
        }
        let hub = EventHub()
        let site = PreviewSite(pages: configuration.pages,
                               courseDirectory: configuration.isCourse ? configuration.path : nil)
        await site.setLessons(configuration.lessonPaths())
        let watcher = PreviewService(configuration: configuration, site: site, hub: hub)

        var logger = Logger(label: "lesson-preview")
        logger.logLevel = .error
        let app = Application(
            router: Self.router(site: site, hub: hub, isCourse: configuration.isCourse),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "lesson"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                configuration.log("Previewing \(configuration.path) at http://\(host):\(port)/ (Ctrl-C stops)")
            },
            logger: logger)
        // Shut down in reverse order: the watcher first (it ends the event streams), then the server.
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: watcher)],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: logger))
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PreviewError("error: port \(configuration.port) on \(configuration.host) is already in use; choose another with --port N (--port 0 picks a free one)")
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL {
            throw PreviewError("error: cannot listen on \(configuration.host): no such address on this machine")
        } catch {
            let text = "\(error)"
            if text.contains("Address already in use") {
                throw PreviewError("error: port \(configuration.port) on \(configuration.host) is already in use; choose another with --port N (--port 0 picks a free one)")
            }
            throw PreviewError("error: the preview server stopped: \(text)")
        }
    }

    /// Runs the server from synchronous code (the command line), blocking until it stops.
    public func runBlocking() throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        Task.detached {
            do { try await self.run() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    private final class OutcomeBox: @unchecked Sendable {
        var error: (any Error)?
    }

    static func router(site: PreviewSite, hub: EventHub, isCourse: Bool) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/events") { _, _ -> Response in
            let stream = hub.subscribe()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                try await writer.finish(nil)
            })
        }
        router.get("/") { _, _ -> Response in
            if isCourse { return html(await site.indexPage()) }
            guard let name = await site.names.first, let page = await site.lessonPage(name) else { return notFound() }
            return html(page)
        }
        router.get("/:page") { _, context -> Response in
            let page = context.parameters.get("page") ?? ""
            if page == "index.html" && isCourse { return html(await site.indexPage()) }
            guard page.hasSuffix(".html"), let body = await site.lessonPage(String(page.dropLast(5))) else {
                return notFound()
            }
            return html(body)
        }
        return router
    }

    private static func html(_ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static func notFound() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "no such page\n")))
    }
}
