using System.Globalization;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// What one load run does: how many concurrent clients (each its own tenant and key), how many of
/// them also hold a subscription socket, how long the mix runs, and the hard limit on the whole run
/// (set-up and shutdown included).
/// </summary>
public sealed record LoadOptions(int Clients, int Subscribers, TimeSpan Duration, TimeSpan Timeout)
{
    public const string Usage = "options: --clients 50 --subscribers 10 --seconds 60 --timeout-seconds 600";

    public static LoadOptions Parse(string[] args)
    {
        var clients = 50;
        int? subscribers = null;
        var seconds = 60;
        int? timeout = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
                throw new ArgumentException($"Option {args[i]} has no value; {Usage}");
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--clients":
                    clients = value;
                    break;
                case "--subscribers":
                    subscribers = value;
                    break;
                case "--seconds":
                    seconds = value;
                    break;
                case "--timeout-seconds":
                    timeout = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; {Usage}");
            }
        }
        if (clients < 1 || seconds < 1)
            throw new ArgumentException($"--clients and --seconds must be at least 1; {Usage}");
        // One client in five keeps a socket open by default, as a dashboard beside the API users would.
        var holding = Math.Clamp(subscribers ?? Math.Max(1, clients / 5), 0, clients);
        return new LoadOptions(clients, holding, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(timeout ?? seconds + 540));
    }
}
