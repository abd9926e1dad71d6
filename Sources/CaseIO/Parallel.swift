import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs independent work items on several threads, each with a large stack (validating deeply
/// nested documents recurses), and returns the results in item order.
public enum Parallel {
  /// The number of processors online.
  public static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// The number of threads ``map(count:threads:_:)`` uses for `count` items.
  public static func threadCount(for count: Int, threads: Int = Parallel.processorCount) -> Int {
    max(1, min(threads, count))
  }

  /// Calls `body(index, worker)` for every index in `0..<count` on ``threadCount(for:threads:)``
  /// new threads, `worker` numbering the thread (so each can use its own state), and returns
  /// the results in index order. The calling thread waits (its stack may be small); if no
  /// thread can be started it does the work itself, as worker 0.
  public static func map<Result: Sendable>(
    count: Int, threads: Int = Parallel.processorCount, _ body: @escaping @Sendable (Int, Int) -> Result
  ) -> [Result] {
    let results = ResultSlots<Result>(count: count)
    let next = Atomic<Int>(0)
    let work: @Sendable (Int) -> Void = { worker in
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        results.store(body(index, worker), at: index)
      }
    }
    var started: [Thread] = []
    for worker in 0..<threadCount(for: count, threads: threads) {
      guard let thread = Thread.start({ work(worker) }) else { break }
      started.append(thread)
    }
    if started.isEmpty { work(0) }
    for thread in started { thread.join() }
    return results.collect()
  }
}

/// One slot per work item, written by exactly one thread each.
private final class ResultSlots<Result>: @unchecked Sendable {
  // @unchecked: each slot is written by exactly one thread, and read only after every thread is joined.
  private let slots: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ result: Result, at index: Int) { slots[index] = result }

  func collect() -> [Result] {
    // swift-format-ignore: NeverForceUnwrap
    // Every index below the count was stored before the threads were joined.
    slots.map { $0! }
  }
}

/// A POSIX thread with a 64 MiB stack.
private struct Thread {
  let handle: pthread_t

  static let stackSize = 64 << 20

  static func start(_ body: @escaping @Sendable () -> Void) -> Thread? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    let box = Unmanaged.passRetained(Box(body))
    #if canImport(Darwin)
      var handle: pthread_t? = nil  // an opaque pointer on Darwin, an integer on Linux
    #else
      var handle = pthread_t()
    #endif
    let result = pthread_create(
      &handle, &attributes,
      { raw in
        // The argument is optional on Linux only.
        let argument: UnsafeMutableRawPointer? = raw
        // swift-format-ignore: NeverForceUnwrap
        // pthread_create passes back the pointer given below.
        let box = Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue()
        box.body()
        return nil
      }, box.toOpaque())
    #if canImport(Darwin)
      guard result == 0, let handle else {
        box.release()
        return nil
      }
    #else
      guard result == 0 else {
        box.release()
        return nil
      }
    #endif
    return Thread(handle: handle)
  }

  func join() { pthread_join(handle, nil) }

  private final class Box {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
}
