using System.Diagnostics;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Runs a program the way a developer would from a shell (node, npm, bash) with a hard time limit,
/// and fails the test with what it printed when it exits non-zero.
/// </summary>
public static class ChildCommand
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout}.\nstdout: {await stdout}\nstderr: {await stderr}");
        }
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}.\nstdout: {await stdout}\nstderr: {await stderr}");
        return await stdout;
    }
}
