import CaseSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells deep recursion when the current thread's stack is nearly used up, so that evaluating
/// a pathological schema fails with an error instead of crashing, whatever thread it runs on.
public struct StackGuard: Sendable {
  /// Below this address, the stack is considered exhausted.
  private let lowWater: UInt

  /// A guard for the calling thread, keeping `margin` bytes (or an eighth of the stack, if
  /// more) in reserve for the work done after the limit is noticed.
  public init(margin: Int = 256 << 10) {
    var base: UnsafeMutableRawPointer?
    var size = 0
    if case_system_stack_bounds(&base, &size) == 0, let base, size > 0 {
      lowWater = UInt(bitPattern: base) + UInt(max(margin, size / 8))
    } else {
      lowWater = 0
    }
  }

  /// True when the stack has grown past the reserve.
  @inline(__always)
  public var isExhausted: Bool {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < lowWater
  }
}
