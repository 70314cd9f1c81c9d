namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>
/// Every network wait in these tests is bounded, so a broken transport fails a test instead of hanging it.
/// The bound is generous: on a 2-core CI machine both test projects run at once, and a platform restart
/// there has been seen to take longer than 10 s.
/// </summary>
internal static class TaskTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Default);

    public static Task Within(this Task task) => task.WaitAsync(Default);

    public static Task<T> Within<T>(this ValueTask<T> task) => task.AsTask().WaitAsync(Default);
}
