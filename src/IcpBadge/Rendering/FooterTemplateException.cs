namespace IcpBadge.Rendering;

/// <summary>A template could not be found, parsed or rendered; the message names the template and the problem.</summary>
public sealed class FooterTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FooterTemplateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FooterTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FooterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
