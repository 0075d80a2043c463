<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="mini" tilewidth="32" tileheight="32" tilecount="4" columns="4">
 <image source="mini.png" width="128" height="32"/>
 <tile id="0"><properties><property name="surface" value="grass"/></properties></tile>
 <tile id="1"><properties><property name="surface" value="road"/></properties></tile>
 <tile id="2"><properties><property name="surface" value="sidewalk"/></properties></tile>
 <tile id="3"><properties><property name="surface" value="building"/></properties></tile>
</tileset>
