namespace Schakel.Core.Sturing;

/// <summary>Whose plan it is: the national programme, a region's yearly plan or a municipality's policy.</summary>
public enum Planniveau
{
    Nationaal,
    Regionaal,
    Gemeentelijk,
}

/// <summary>The status of an action as the issue names them.</summary>
public enum Actiestatus
{
    NietGestart,
    Loopt,
    Afgerond,
    Vertraagd,
    Vervallen,
}

/// <summary>Red, amber or green in a quarterly progress entry.</summary>
public enum Voortgangskleur
{
    Groen,
    Oranje,
    Rood,
}
