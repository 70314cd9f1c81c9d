namespace KooMessage.Platform.Hosting;

/// <summary>
/// The loop every polling background service runs (dispatch, Sandbox receipts, expiry, abandoned
/// preparations, callbacks): one step, then a wait of <c>interval</c> when the step left nothing due
/// (it answers false) or failed (logged, then retried), until the host stops. A failing step never
/// ends the service; a step with more work due runs again at once.
/// </summary>
public static class PollingLoop
{
    /// <param name="step">One pass; answers whether more work is due right away.</param>
    /// <param name="work">What the step does, for the log line when it fails ("Delivering callbacks").</param>
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> step, TimeSpan interval, TimeProvider clock,
        ILogger logger, string work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await step(stoppingToken))
                    await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Work} failed; retrying", work);
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
    }
}
