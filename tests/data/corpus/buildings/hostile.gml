<?xml version="1.0" encoding="utf-8" ?>
<ogr:FeatureCollection
     gml:id="aFeatureCollection"
     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
     xsi:schemaLocation="http://ogr.maptools.org/ hostile.xsd"
     xmlns:ogr="http://ogr.maptools.org/"
     xmlns:gml="http://www.opengis.net/gml/3.2">
  <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>22.598 114.195</gml:lowerCorner><gml:upperCorner>22.5983 114.1963</gml:upperCorner></gml:Envelope></gml:boundedBy>
                                                                                                                                                      
  <ogr:featureMember>
    <ogr:in gml:id="in.0">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>22.598 114.195</gml:lowerCorner><gml:upperCorner>22.5983 114.1953</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326" gml:id="in.geom.0"><gml:exterior><gml:LinearRing><gml:posList>22.598 114.195 22.598 114.1953 22.5983 114.1953 22.5983 114.195 22.598 114.195</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:geometryProperty>
      <ogr:name>王‮明小‬楼</ogr:name>
      <ogr:households>1e+30</ogr:households>
      <ogr:building>yes</ogr:building>
    </ogr:in>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:in gml:id="in.1">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>22.598 114.195</gml:lowerCorner><gml:upperCorner>22.5983 114.1953</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326" gml:id="in.geom.1"><gml:exterior><gml:LinearRing><gml:posList>22.598 114.195 22.5983 114.1953 22.598 114.1953 22.5983 114.195 22.598 114.195</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:geometryProperty>
      <ogr:name>=cmd|' /C calc'!A0</ogr:name>
      <ogr:building_levels>1000000000</ogr:building_levels>
    </ogr:in>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:in gml:id="in.2">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>22.598 114.196</gml:lowerCorner><gml:upperCorner>22.5983 114.1963</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:geometryProperty><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326" gml:id="in.geom.2"><gml:exterior><gml:LinearRing><gml:posList>22.598 114.196 22.598 114.1963 22.5983 114.1963 22.5983 114.196 22.598 114.196</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:geometryProperty>
      <ogr:name>楼栋</ogr:name>
      <ogr:households>-3</ogr:households>
    </ogr:in>
  </ogr:featureMember>
</ogr:FeatureCollection>
