using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Files;

/// <summary>
/// A multipart request refused by the <see cref="SpoolBudget"/> before its files are (further)
/// spooled: 413 when it could never fit, 429 while the same principal's other uploads fill its share,
/// 503 while all uploads together fill the instance's; the last two carry a Retry-After.
/// </summary>
public sealed class SpoolBudgetExceededException : Exception
{
    /// <summary>Uploads in flight end in seconds: a sooner retry would most likely be refused again.</summary>
    public static readonly TimeSpan RetryAfterBusy = TimeSpan.FromSeconds(5);

    private SpoolBudgetExceededException(int status, string message, TimeSpan? retryAfter) : base(message)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public string Code => ErrorCodes.UploadBudgetExceeded;

    public TimeSpan? RetryAfter { get; }

    internal static SpoolBudgetExceededException NeverFits(long max) => new(StatusCodes.Status413PayloadTooLarge,
        $"The request's files are larger than the {max} bytes one principal may have uploading at once.", null);

    internal static SpoolBudgetExceededException PrincipalBusy(long max) => new(StatusCodes.Status429TooManyRequests,
        $"Your uploads in progress already use most of the {max} bytes one principal may have uploading at once; retry after the time in Retry-After.", RetryAfterBusy);

    internal static SpoolBudgetExceededException ServerBusy() => new(StatusCodes.Status503ServiceUnavailable,
        "The server is receiving as many uploads as it has room for; retry after the time in Retry-After.", RetryAfterBusy);
}
