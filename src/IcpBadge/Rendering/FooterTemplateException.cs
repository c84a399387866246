using IcpBadge.Localization;

namespace IcpBadge.Rendering;

/// <summary>A template could not be found, parsed or rendered; the message names the template and the problem.</summary>
public sealed class FooterTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FooterTemplateException()
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with its message in both languages (<see cref="Exception.Message"/> is the English).</summary>
    public FooterTemplateException(LocalizedText text)
        : this(text, null)
    {
    }

    /// <summary>Creates the exception with its message in both languages and a cause.</summary>
    public FooterTemplateException(LocalizedText text, Exception? innerException)
        : base(text?.En, innerException)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Creates the exception with a message.</summary>
    public FooterTemplateException(string message)
        : base(message)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FooterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = new LocalizedText(Message, Message);
    }

    /// <summary>What went wrong, in Chinese and English.</summary>
    public LocalizedText Text { get; }
}
