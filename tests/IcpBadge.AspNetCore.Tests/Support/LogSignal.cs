using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IcpBadge.AspNetCore.Tests.Support;

/// <summary>
/// A logger provider that lets a test wait for a log message (the event) instead of sleeping and hoping the file
/// watcher has fired by then.
/// </summary>
internal sealed class LogSignal : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Text, TaskCompletionSource Signal)> _waiters = new();
    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>A task that completes when a message containing <paramref name="text"/> is logged after this call.</summary>
    public Task NextAsync(string text)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((text, signal));
        return signal.Task;
    }

    /// <summary>Every message logged so far.</summary>
    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Publish(string message)
    {
        _messages.Enqueue(message);
        foreach (var (text, signal) in _waiters)
        {
            if (message.Contains(text, StringComparison.Ordinal))
            {
                signal.TrySetResult();
            }
        }
    }

    private sealed class Logger(LogSignal owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Publish(formatter(state, exception));
    }
}
