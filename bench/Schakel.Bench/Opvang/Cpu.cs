using System.Diagnostics;
using System.Globalization;

namespace Schakel.Bench.Opvang;

/// <summary>
/// CPU seconds of this process (the app runs in it) and of the bench's own PostgreSQL cluster (the postmaster named in
/// <c>$SCHAKEL_PG_DIR/data/postmaster.pid</c> with its backends, live and exited), so a search's cost can be split
/// between app and database even on a machine other processes share. Without that variable the database share is NaN.
/// </summary>
internal static class Cpu
{
    private static readonly double Tik = 100.0; // USER_HZ on Linux

    public readonly record struct Stand(double App, double Database);

    public static Stand Nu() => new(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, PostgresSeconden());

    public static string Belasting() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double PostgresSeconden()
    {
        var map = Environment.GetEnvironmentVariable("SCHAKEL_PG_DIR");
        var pidBestand = map is null ? null : Path.Combine(map, "data", "postmaster.pid");
        if (pidBestand is null || !File.Exists(pidBestand) || !int.TryParse(File.ReadLines(pidBestand).First(), out var postmaster))
        {
            return double.NaN;
        }
        double totaal = 0;
        foreach (var proces in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proces), out var pid) || Velden(pid) is not { } v)
            {
                continue;
            }
            // Fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
            if (pid == postmaster)
            {
                totaal += (Getal(v[11]) + Getal(v[12]) + Getal(v[13]) + Getal(v[14])) / Tik;
            }
            else if (Getal(v[1]) == postmaster)
            {
                totaal += (Getal(v[11]) + Getal(v[12])) / Tik;
            }
        }
        return totaal;
    }

    private static string[]? Velden(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double Getal(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
