namespace Kurator.Sdk.Schema.Documents
{
    /// <summary>Recognises YAML 1.2 core-schema numbers without allocating.</summary>
    public static class NumberSyntax
    {
        /// <summary>Integer, Float, or String when the text is not a number.</summary>
        public static ScalarKind Classify(string s)
        {
            if (s.Length == 0)
            {
                return ScalarKind.String;
            }

            var i = 0;
            if (s[0] == '-' || s[0] == '+')
            {
                i = 1;
                if (s.Length == 1)
                {
                    return ScalarKind.String;
                }
            }

            if (i == 0 && s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o'))
            {
                var hex = s[1] == 'x';
                for (var j = 2; j < s.Length; j++)
                {
                    var c = s[j];
                    var ok = hex ? IsHex(c) : (c >= '0' && c <= '7');
                    if (!ok)
                    {
                        return ScalarKind.String;
                    }
                }

                return ScalarKind.Integer;
            }

            var digits = 0;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                digits++;
            }

            if (i == s.Length)
            {
                return digits > 0 ? ScalarKind.Integer : ScalarKind.String;
            }

            var fraction = 0;
            if (s[i] == '.')
            {
                i++;
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                    fraction++;
                }
            }

            if (digits + fraction == 0)
            {
                return ScalarKind.String;
            }

            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '-' || s[i] == '+'))
                {
                    i++;
                }

                var exp = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                    exp++;
                }

                if (exp == 0)
                {
                    return ScalarKind.String;
                }
            }

            return i == s.Length ? ScalarKind.Float : ScalarKind.String;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
