import Foundation
import Synchronization

/// Ctrl-C at the prompt: a SIGINT handler that only raises a flag, so the console can cancel the
/// line being typed instead of dying. The handler touches nothing but one lock-free atomic.
enum InterruptFlag {
    private static let raised = Atomic<Bool>(false)

    /// Installs the handler (without `SA_RESTART`, so a blocking `poll` returns with `EINTR`).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.raised.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (threads of a dispatch pool do); unblock it.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    static func take() -> Bool {
        raised.exchange(false, ordering: .relaxed)
    }
}
