namespace KooMessage.Benchmarks;

/// <summary>What one run measures: subscriber counts, events per scenario, and the hard time limit.</summary>
public sealed record FanOutOptions(IReadOnlyList<int> Subscribers, int Events, TimeSpan Timeout)
{
    public static FanOutOptions Parse(string[] args)
    {
        var subscribers = new List<int> { 1_000, 10_000 };
        var events = 5;
        var timeout = TimeSpan.FromMinutes(10);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--subscribers":
                    subscribers = args[i + 1].Split(',').Select(int.Parse).ToList();
                    break;
                case "--events":
                    events = int.Parse(args[i + 1]);
                    break;
                case "--timeout-seconds":
                    timeout = TimeSpan.FromSeconds(int.Parse(args[i + 1]));
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; options: --subscribers 1000,10000 --events 5 --timeout-seconds 600");
            }
        }
        return new FanOutOptions(subscribers, events, timeout);
    }
}
