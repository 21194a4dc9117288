using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// Records the SQL commands one DbContext instance executes, through EF Core's diagnostic events, without touching the
/// app's configuration. For tests that check how a computation reads (one query per source, a count done in SQL), not how fast.
/// EF decides per context whether anyone listens and keeps that answer for a while: make the teller first, then the scope
/// and context it watches (<see cref="Context"/>).
/// </summary>
public sealed class Opdrachtenteller : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly IDisposable _alle;
    private readonly ConcurrentBag<IDisposable> _abonnementen = [];
    private readonly ConcurrentQueue<string> _opdrachten = new();

    public Opdrachtenteller() => _alle = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Only this context's commands count.</summary>
    public DbContext? Context { get; set; }

    public IReadOnlyList<string> Opdrachten => [.. _opdrachten];

    public void Leeg() => _opdrachten.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _abonnementen.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Context is not null && ReferenceEquals(data.Context, Context))
        {
            _opdrachten.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _alle.Dispose();
        foreach (var a in _abonnementen)
        {
            a.Dispose();
        }
    }
}
