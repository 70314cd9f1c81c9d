namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The shapes service-number images must have: square logos, 16:9 homepage backgrounds. Pure.</summary>
public static class ImageShape
{
    /// <summary>Equal sides.</summary>
    public static bool IsSquare(int width, int height) => width == height;

    /// <summary>16:9 with up to one pixel of rounding in the height (1366×768 is 16:9 too).</summary>
    public static bool IsWidescreen(int width, int height) => Math.Abs((long)width * 9 - (long)height * 16) <= 16;
}
