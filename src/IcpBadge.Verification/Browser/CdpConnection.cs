using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace IcpBadge.Verification.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket: commands get replies by id, events go to the handler
/// of their session. Only what rendering needs; no reflection-based JSON, so it stays NativeAOT-safe.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _reader = Task.CompletedTask;
    private long _nextId;

    /// <summary>Completes when the connection ended (the browser closed or crashed).</summary>
    public Task Closed => _reader;

    /// <summary>Connects to the browser's DevTools WebSocket.</summary>
    public async Task ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        _reader = Task.Run(ReadLoopAsync, CancellationToken.None);
    }

    /// <summary>Sends events of <paramref name="sessionId"/> to <paramref name="handler"/> (method, params).</summary>
    public void Subscribe(string sessionId, Action<string, JsonElement> handler) => _sessions[sessionId] = handler;

    /// <summary>Stops sending events of <paramref name="sessionId"/>.</summary>
    public void Unsubscribe(string sessionId) => _sessions.TryRemove(sessionId, out _);

    /// <summary>Sends a command and returns its <c>result</c>.</summary>
    /// <exception cref="CdpException">The browser answered with an error, or the connection ended.</exception>
    public async Task<JsonElement> SendAsync(string method, Action<Utf8JsonWriter>? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        try
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", id);
                writer.WriteString("method", method);
                if (sessionId is not null)
                {
                    writer.WriteString("sessionId", sessionId);
                }

                writer.WriteStartObject("params");
                parameters?.Invoke(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            if (_reader.IsCompleted)
            {
                throw new CdpException("the connection to the browser is closed");
            }

            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException exception)
            {
                throw new CdpException("the connection to the browser is closed", exception);
            }
            finally
            {
                _sendLock.Release();
            }

            return await reply.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Closes the socket and fails every command still waiting.</summary>
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        try
        {
            await _reader.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }

        _socket.Dispose();
        _sendLock.Dispose();
        _closing.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(message.GetMemory(64 * 1024), _closing.Token).ConfigureAwait(false);
                    message.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Dispatch(message.WrittenSpan);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            var closed = new CdpException("the connection to the browser is closed");
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(closed);
            }

            foreach (var session in _sessions)
            {
                session.Value("Connection.closed", default);
            }
        }
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (_pending.TryGetValue(idElement.GetInt64(), out var reply))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    var text = error.TryGetProperty("message", out var messageElement) ? messageElement.GetString() : null;
                    reply.TrySetException(new CdpException(text ?? "the browser refused a command"));
                }
                else
                {
                    reply.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }
            }

            return;
        }

        if (root.TryGetProperty("method", out var method)
            && root.TryGetProperty("sessionId", out var session)
            && _sessions.TryGetValue(session.GetString() ?? string.Empty, out var handler))
        {
            handler(method.GetString() ?? string.Empty, root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }
}

/// <summary>A DevTools command failed or the connection ended.</summary>
internal sealed class CdpException : Exception
{
    public CdpException()
    {
    }

    public CdpException(string message)
        : base(message)
    {
    }

    public CdpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
